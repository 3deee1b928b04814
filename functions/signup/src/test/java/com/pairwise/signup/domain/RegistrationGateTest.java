package com.pairwise.signup.domain;

import static com.pairwise.signup.domain.ProgramFixture.program;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistrationGateTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private static ConflictException refused(Program program, Role role, Instant now) {
        return assertThrows(ConflictException.class, () -> RegistrationGate.check(program, role, now));
    }

    private static void admitted(Program program, Role role, Instant now) {
        assertDoesNotThrow(() -> RegistrationGate.check(program, role, now));
    }

    @Nested
    class Status {
        @ParameterizedTest
        @EnumSource(Role.class)
        void draftAdmitsNobody(Role role) {
            ConflictException e = refused(program().status(ProgramStatus.DRAFT).build(), role, NOW);
            assertEquals("program-not-open", e.code());
            assertEquals("the program is a draft and not open for registration yet", e.getMessage());
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void closedAdmitsNobody(Role role) {
            ConflictException e = refused(program().status(ProgramStatus.CLOSED).build(), role, NOW);
            assertEquals("program-closed", e.code());
            assertEquals("the program is closed to registration", e.getMessage());
        }

        @Test
        void recruitingMentorsAdmitsMentors() {
            admitted(program().status(ProgramStatus.RECRUITING_MENTORS).build(), Role.MENTOR, NOW);
        }

        @Test
        void recruitingMentorsRefusesMentees() {
            ConflictException e = refused(program().status(ProgramStatus.RECRUITING_MENTORS).build(), Role.MENTEE, NOW);
            assertEquals("registration-not-open", e.code());
            assertEquals("the program is recruiting mentors; mentee registration has not opened yet", e.getMessage());
        }

        @Test
        void recruitingMentorsRefusesPeers() {
            Program peers = program().format(ProgramFormat.PEER).status(ProgramStatus.RECRUITING_MENTORS).build();
            ConflictException e = refused(peers, Role.PEER, NOW);
            assertEquals("registration-not-open", e.code());
            assertEquals("the program is recruiting mentors; peer registration has not opened yet", e.getMessage());
        }

        @ParameterizedTest
        @EnumSource(Role.class)
        void openAdmitsEveryone(Role role) {
            admitted(program().build(), role, NOW);
        }
    }

    @Nested
    class CohortDates {
        private final Program endsMarch10 = program().cohort(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10)).build();

        @Test
        void admitsOnTheLastDayUpToMidnightUtc() {
            admitted(endsMarch10, Role.MENTEE, Instant.parse("2026-03-10T23:59:59Z"));
        }

        @Test
        void refusesFromTheDayAfterEndDate() {
            ConflictException e = refused(endsMarch10, Role.MENTEE, Instant.parse("2026-03-11T00:00:00Z"));
            assertEquals("program-ended", e.code());
            assertEquals("the program ended on 2026-03-10", e.getMessage());
        }

        @Test
        void mentorsAreRefusedAfterTheEndToo() {
            assertEquals("program-ended", refused(endsMarch10, Role.MENTOR, Instant.parse("2026-04-01T09:00:00Z")).code());
        }

        @Test
        void admitsBeforeTheStartDate() {
            admitted(endsMarch10, Role.MENTEE, Instant.parse("2025-12-01T09:00:00Z"));
        }

        @Test
        void statusIsCheckedBeforeDates() {
            Program closedAndEnded = program().cohort(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                    .status(ProgramStatus.CLOSED).build();
            assertEquals("program-closed", refused(closedAndEnded, Role.MENTEE, NOW).code());
        }
    }

    @Nested
    class Windows {
        private final Instant opens = Instant.parse("2026-03-01T09:00:00Z");
        private final Instant closes = Instant.parse("2026-03-20T17:00:00Z");

        @Test
        void refusedBeforeTheWindowOpens() {
            Program p = program().menteeWindow(opens, closes).build();
            ConflictException e = refused(p, Role.MENTEE, opens.minusSeconds(1));
            assertEquals("registration-not-open", e.code());
            assertEquals("mentee registration opens at 2026-03-01T09:00:00Z", e.getMessage());
        }

        @Test
        void admittedExactlyWhenTheWindowOpens() {
            admitted(program().menteeWindow(opens, closes).build(), Role.MENTEE, opens);
        }

        @Test
        void admittedInsideTheWindow() {
            admitted(program().menteeWindow(opens, closes).build(), Role.MENTEE, NOW);
        }

        @Test
        void admittedJustBeforeTheWindowCloses() {
            admitted(program().menteeWindow(opens, closes).build(), Role.MENTEE, closes.minusMillis(1));
        }

        @Test
        void refusedExactlyWhenTheWindowCloses() {
            Program p = program().menteeWindow(opens, closes).build();
            ConflictException e = refused(p, Role.MENTEE, closes);
            assertEquals("registration-closed", e.code());
            assertEquals("mentee registration closed at 2026-03-20T17:00:00Z", e.getMessage());
        }

        @Test
        void openEndedWindowsHaveNoLimitOnThatSide() {
            admitted(program().menteeWindow(null, closes).build(), Role.MENTEE, Instant.parse("2000-01-01T00:00:00Z"));
            admitted(program().menteeWindow(opens, null).build(), Role.MENTEE, Instant.parse("2099-01-01T00:00:00Z"));
        }

        @Test
        void mentorsUseTheMentorWindowNotTheMenteeWindow() {
            Program p = program().mentorWindow(opens, closes).menteeWindow(closes, null).build();
            admitted(p, Role.MENTOR, NOW);
            ConflictException e = refused(p, Role.MENTOR, closes);
            assertEquals("registration-closed", e.code());
            assertEquals("mentor registration closed at 2026-03-20T17:00:00Z", e.getMessage());
            assertEquals("registration-not-open", refused(p, Role.MENTEE, NOW).code());
        }

        @Test
        void peersUseTheMenteeWindow() {
            Program p = program().format(ProgramFormat.PEER).mentorWindow(null, null).menteeWindow(opens, closes).build();
            ConflictException early = refused(p, Role.PEER, opens.minusSeconds(60));
            assertEquals("registration-not-open", early.code());
            assertEquals("peer registration opens at 2026-03-01T09:00:00Z", early.getMessage());
            admitted(p, Role.PEER, NOW);
            assertEquals("registration-closed", refused(p, Role.PEER, closes).code());
        }
    }
}
