package com.pairwise.signup.domain;

import static com.pairwise.signup.domain.ProgramFixture.program;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.ProgramKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    private static List<FieldError> errors(ProgramFixture fixture) {
        return assertThrows(ValidationException.class, () -> ProgramRules.check(fixture.settings())).errors();
    }

    private static void valid(ProgramFixture fixture) {
        assertDoesNotThrow(() -> ProgramRules.check(fixture.settings()));
    }

    private static List<String> users(int n) {
        return IntStream.range(0, n).mapToObj(i -> "user-" + i).toList();
    }

    @Test
    void defaultFixtureIsValid() {
        valid(program());
    }

    @Nested
    class Cohort {
        @Test
        void withOrderedDatesIsValid() {
            valid(program().cohort(JAN_1, JUN_30));
        }

        @Test
        void mayStartAndEndOnTheSameDay() {
            valid(program().cohort(JAN_1, JAN_1));
        }

        @Test
        void requiresBothDates() {
            assertEquals(List.of(
                    new FieldError("startDate", "is required for a cohort program"),
                    new FieldError("endDate", "is required for a cohort program")), errors(program().cohort(null, null)));
        }

        @Test
        void requiresStartDate() {
            assertEquals(List.of(new FieldError("startDate", "is required for a cohort program")), errors(program().cohort(null, JUN_30)));
        }

        @Test
        void endMustNotPrecedeStart() {
            assertEquals(List.of(new FieldError("endDate", "must not be before startDate")),
                    errors(program().cohort(JUN_30, JAN_1)));
        }
    }

    @Nested
    class Evergreen {
        @Test
        void forbidsBothDates() {
            assertEquals(List.of(
                    new FieldError("startDate", "must be absent: evergreen programs run without dates"),
                    new FieldError("endDate", "must be absent: evergreen programs run without dates")),
                    errors(program().kind(ProgramKind.EVERGREEN).dates(JAN_1, JUN_30)));
        }

        @Test
        void forbidsEndDateAlone() {
            assertEquals(List.of(new FieldError("endDate", "must be absent: evergreen programs run without dates")),
                    errors(program().kind(ProgramKind.EVERGREEN).dates(null, JUN_30)));
        }
    }

    @Nested
    class Windows {
        @Test
        void closesAtMustBeAfterOpensAt() {
            assertEquals(List.of(new FieldError("mentorRegistration.closesAt", "must be after opensAt")),
                    errors(program().mentorWindow(T0, T0.minusSeconds(1))));
        }

        @Test
        void closingAtTheOpeningInstantIsRefused() {
            assertEquals(List.of(new FieldError("menteeRegistration.closesAt", "must be after opensAt")),
                    errors(program().menteeWindow(T0, T0)));
        }

        @Test
        void bothWindowsAreReported() {
            assertEquals(List.of("mentorRegistration.closesAt", "menteeRegistration.closesAt"),
                    errors(program().mentorWindow(T0, T0).menteeWindow(T0, T0)).stream().map(FieldError::field).toList());
        }

        @Test
        void orderedAndHalfOpenWindowsAreValid() {
            valid(program().mentorWindow(T0, T0.plusSeconds(1)).menteeWindow(null, T0));
            valid(program().menteeWindow(T0, null));
        }
    }

    @Nested
    class Languages {
        @Test
        void atLeastOneIsRequired() {
            assertEquals(List.of(new FieldError("languages", "must name at least one language")), errors(program().languages()));
        }

        @Test
        void eachMustBeIso6391() {
            assertEquals(List.of(
                    new FieldError("languages[1]", "must be an ISO 639-1 code such as en or es, not 'spa'"),
                    new FieldError("languages[2]", "must be an ISO 639-1 code such as en or es, not 'EN'")),
                    errors(program().languages("pt", "spa", "EN")));
        }
    }

    @Nested
    class SeniorityLevels {
        @Test
        void repeatedLevelIsReportedAtItsIndexIgnoringCase() {
            assertEquals(List.of(new FieldError("seniorityLevels[2]", "repeats an earlier level")),
                    errors(program().seniorityLevels("Junior", "Senior", "junior")));
        }

        @Test
        void distinctLevelsAreValid() {
            valid(program().seniorityLevels("Intern", "Engineer", "Staff engineer", "Principal"));
        }

        @Test
        void noLadderIsValid() {
            valid(program().seniorityLevels());
        }
    }

    @Nested
    class Coordinators {
        @Test
        void upToTheLimitIsValid() {
            valid(program().coordinators(users(ProgramRules.MAX_COORDINATORS)));
        }

        @Test
        void oneOverTheLimitIsRefused() {
            assertEquals(List.of(new FieldError("coordinators", "must have at most 20 people")),
                    errors(program().coordinators(users(ProgramRules.MAX_COORDINATORS + 1))));
        }

        @Test
        void eachMustBeAUserId() {
            List<String> ids = new ArrayList<>(List.of("user-1", "has space", "PROGRAM#x"));
            assertEquals(List.of(
                    new FieldError("coordinators[1]", "must be a user id (the sign-in token's sub)"),
                    new FieldError("coordinators[2]", "must be a user id (the sign-in token's sub)")),
                    errors(program().coordinators(ids)));
        }
    }

    @Test
    void everyBrokenRuleIsListedInOneException() {
        List<FieldError> errors = errors(program().cohort(null, JAN_1).mentorWindow(T0, T0).languages()
                .seniorityLevels("a", "A").coordinators(users(21)));
        assertEquals(List.of("startDate", "mentorRegistration.closesAt", "languages", "seniorityLevels[1]", "coordinators"),
                errors.stream().map(FieldError::field).toList());
    }
}
