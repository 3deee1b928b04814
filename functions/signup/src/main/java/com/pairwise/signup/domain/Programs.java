package com.pairwise.signup.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Creating, reading and editing programs, with who may do which. */
public final class Programs {
    private final ProgramStore programs;
    private final RegistrationStore registrations;
    private final RequirementReminders requirementReminders;
    private final Clock clock;
    private final IdGenerator ids;

    public Programs(ProgramStore programs, RegistrationStore registrations, RequirementReminders requirementReminders, Clock clock, IdGenerator ids) {
        this.programs = programs;
        this.registrations = registrations;
        this.requirementReminders = requirementReminders;
        this.clock = clock;
        this.ids = ids;
    }

    /** Only administrators create programs. */
    public Program create(Caller caller, ProgramSettings settings) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only administrators create programs");
        }
        ProgramRules.check(settings);
        Instant now = clock.instant();
        Program program = new Program(ids.next("prg"), settings, now, now, 1);
        programs.create(program);
        return program;
    }

    /** A program the caller may see: drafts only to administrators and the program's coordinators. */
    public Program visible(Caller caller, String programId) {
        if (!Identifiers.isValid(programId)) {
            throw notFound(programId.length() > 40 ? programId.substring(0, 40) + "..." : programId);
        }
        Program program = programs.get(programId).orElseThrow(() -> notFound(programId));
        if (program.status() == ProgramStatus.DRAFT && !manages(caller, program)) {
            throw notFound(programId);
        }
        return program;
    }

    /** A program the caller manages (administrator or one of its coordinators). */
    public Program managed(Caller caller, String programId) {
        Program program = visible(caller, programId);
        if (!manages(caller, program)) {
            throw new ForbiddenException("only the program's coordinators and administrators may do this");
        }
        return program;
    }

    public Page<Program> list(Caller caller, ProgramStatus status, int limit, String cursor) {
        return programs.list(caller.isAdmin() ? null : caller.userId(), status, limit, cursor);
    }

    /**
     * Applies {@code edit} to the current settings. Coordinators edit their program but only administrators change who
     * coordinates it. Raising the mentee cap gives freed places to the waitlist at once; a change of the required fields
     * reminds those it leaves with a gap (and withdraws the reminders of those it completes).
     */
    public Program update(Caller caller, String programId, UnaryOperator<ProgramSettings> edit) {
        Program current = managed(caller, programId);
        ProgramSettings changed = edit.apply(current.settings());
        if (!caller.isAdmin() && !changed.coordinators().equals(current.settings().coordinators())) {
            throw new ForbiddenException("only administrators change a program's coordinators");
        }
        ProgramRules.check(changed);
        Program updated = programs.update(current, new Program(current.id(), changed, current.createdAt(), clock.instant(), current.version()));
        registrations.promoteWaitlisted(updated, clock.instant());
        requirementReminders.programChanged(current.settings(), updated, clock.instant());
        return updated;
    }

    static boolean manages(Caller caller, Program program) {
        return caller.isAdmin() || program.isCoordinator(caller.userId());
    }

    private static NotFoundException notFound(String programId) {
        return new NotFoundException("no program " + programId);
    }
}
