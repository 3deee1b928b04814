package com.pairwise.matching.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.store.ProgramStore;

/** Reads a program as the caller may see it: drafts exist only for administrators and its coordinators. */
public final class ProgramAccess {
    private final ProgramStore programs;

    public ProgramAccess(ProgramStore programs) {
        this.programs = programs;
    }

    public Program visible(Caller caller, String programId) {
        if (!Identifiers.isValid(programId)) {
            throw new NotFoundException("no program " + shorten(programId));
        }
        Program program = programs.get(programId).orElseThrow(() -> new NotFoundException("no program " + programId));
        if (program.status() == ProgramStatus.DRAFT && !manages(caller, program)) {
            throw new NotFoundException("no program " + programId);
        }
        return program;
    }

    public Program managed(Caller caller, String programId) {
        Program program = visible(caller, programId);
        if (!manages(caller, program)) {
            throw new ForbiddenException("only the program's coordinators and administrators may do this");
        }
        return program;
    }

    /** Program by id for internal jobs (no caller). */
    public Program get(String programId) {
        return programs.get(programId).orElseThrow(() -> new NotFoundException("no program " + programId));
    }

    public static boolean manages(Caller caller, Program program) {
        return caller.isAdmin() || program.isCoordinator(caller.userId());
    }

    static String shorten(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "..." : id;
    }
}
