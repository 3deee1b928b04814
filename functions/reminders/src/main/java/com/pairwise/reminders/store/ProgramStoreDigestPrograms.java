package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.DigestPrograms;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.ProgramStore;
import java.util.List;
import java.util.function.Consumer;

/** Running programs (open, recruiting mentors) from signup's program listing: Query GSI1 PROGRAMS, page by page. */
public final class ProgramStoreDigestPrograms implements DigestPrograms {
    private static final int PAGE = 100;
    private final ProgramStore programs;

    public ProgramStoreDigestPrograms(ProgramStore programs) {
        this.programs = programs;
    }

    @Override
    public void forEach(Consumer<DigestProgram> each) {
        for (ProgramStatus status : List.of(ProgramStatus.OPEN, ProgramStatus.RECRUITING_MENTORS)) {
            String cursor = null;
            do {
                Page<Program> page = programs.list(null, status, PAGE, cursor);
                page.items().forEach(p -> each.accept(new DigestProgram(p.id(), p.settings().name(), p.settings().coordinators())));
                cursor = page.nextCursor();
            } while (cursor != null);
        }
    }
}
