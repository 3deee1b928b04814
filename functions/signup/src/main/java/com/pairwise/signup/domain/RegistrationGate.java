package com.pairwise.signup.domain;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.RegistrationWindow;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.time.ZoneOffset;

/** Whether a role may sign up right now: the program's status, its dates and that role's registration window. */
public final class RegistrationGate {
    private RegistrationGate() {
    }

    public static void check(Program program, Role role, Instant now) {
        ProgramStatus status = program.status();
        String who = role.wire() + " registration";
        switch (status) {
            case DRAFT -> throw new ConflictException("program-not-open", "the program is a draft and not open for registration yet");
            case CLOSED -> throw new ConflictException("program-closed", "the program is closed to registration");
            case RECRUITING_MENTORS -> {
                if (role != Role.MENTOR) {
                    throw new ConflictException("registration-not-open",
                            "the program is recruiting mentors; " + who + " has not opened yet");
                }
            }
            case OPEN -> { }
        }
        if (program.settings().kind() == ProgramKind.COHORT && program.settings().endDate() != null
                && now.atOffset(ZoneOffset.UTC).toLocalDate().isAfter(program.settings().endDate())) {
            throw new ConflictException("program-ended", "the program ended on " + program.settings().endDate());
        }
        RegistrationWindow window = program.windowFor(role);
        if (window.notYetOpen(now)) {
            throw new ConflictException("registration-not-open", who + " opens at " + window.opensAt());
        }
        if (window.alreadyClosed(now)) {
            throw new ConflictException("registration-closed", who + " closed at " + window.closesAt());
        }
    }
}
