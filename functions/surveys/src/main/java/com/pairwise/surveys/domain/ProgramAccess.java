package com.pairwise.surveys.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.store.ProgramStore;

/** Who may see and change a program's surveys and reports: its coordinators and administrators. */
public final class ProgramAccess {
    private final ProgramStore programs;

    public ProgramAccess(ProgramStore programs) {
        this.programs = programs;
    }

    public Program coordinated(Caller caller, String programId) {
        Program program = (Identifiers.isValid(programId) ? programs.get(programId) : java.util.Optional.<Program>empty())
                .orElseThrow(() -> new NotFoundException("no program " + programId));
        if (!caller.isAdmin() && !program.isCoordinator(caller.userId())) {
            throw new ForbiddenException("only the program's coordinators see and change its surveys and reports");
        }
        return program;
    }
}
