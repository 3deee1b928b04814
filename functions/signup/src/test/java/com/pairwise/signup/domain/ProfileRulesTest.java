package com.pairwise.signup.domain;

import static com.pairwise.signup.domain.ProfileFixture.minimal;
import static com.pairwise.signup.domain.ProfileFixture.profile;
import static com.pairwise.signup.domain.ProgramFixture.program;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileRulesTest {

    private static List<FieldError> errors(Profile p, Role role, Program program) {
        return assertThrows(ValidationException.class, () -> ProfileRules.check(p, role, program)).errors();
    }

    private static List<FieldError> errors(Profile p) {
        return errors(p, Role.MENTEE, program().build());
    }

    private static FieldError only(List<FieldError> errors) {
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    @Nested
    class Normalize {
        @Test
        void lowerCasesLanguagesAndDropsDuplicatesKeepingFirstOrder() {
            Profile p = ProfileRules.normalize(profile().languages("ES", "en", "es", "EN", "Pt").build(), null);
            assertEquals(List.of("es", "en", "pt"), p.languages());
        }

        @Test
        void upperCasesCountry() {
            assertEquals("BR", ProfileRules.normalize(profile().country("br").build(), null).country());
        }

        @Test
        void keepsAbsentCountryAbsent() {
            assertNull(ProfileRules.normalize(profile().country(null).build(), null).country());
        }

        @Test
        void fallsBackToTokenEmailWhenProfileHasNone() {
            Profile p = ProfileRules.normalize(profile().email(null).build(), "token@example.com");
            assertEquals("token@example.com", p.email());
        }

        @Test
        void keepsProfileEmailOverTokenEmail() {
            Profile p = ProfileRules.normalize(profile().email("work@example.com").build(), "token@example.com");
            assertEquals("work@example.com", p.email());
        }

        @Test
        void leavesEveryOtherFieldUntouched() {
            Profile in = profile().capacity(3).build();
            Profile out = ProfileRules.normalize(in, "other@example.com");
            assertEquals(in, out);
        }
    }

    @Nested
    class ValidProfiles {
        @Test
        void completeMenteeProfilePasses() {
            assertDoesNotThrow(() -> ProfileRules.check(profile().build(), Role.MENTEE, program().build()));
        }

        @Test
        void minimalProfilePassesWhenProgramRequiresNothingElse() {
            assertDoesNotThrow(() -> ProfileRules.check(minimal().build(), Role.PEER, program().build()));
        }

        @Test
        void mentorMayStateCapacity() {
            assertDoesNotThrow(() -> ProfileRules.check(profile().capacity(3).build(), Role.MENTOR, program().build()));
        }

        @Test
        void anySeniorityPassesWhenProgramHasNoLadder() {
            Program noLadder = program().seniorityLevels().build();
            assertDoesNotThrow(() -> ProfileRules.check(profile().seniority("wizard").build(), Role.MENTEE, noLadder));
        }

        @Test
        void oneSharedLanguageIsEnough() {
            assertDoesNotThrow(() -> ProfileRules.check(profile().languages("fr", "es").build(), Role.MENTEE, program().build()));
        }
    }

    @Nested
    class DisplayNameAndEmail {
        @Test
        void displayNameIsRequired() {
            assertEquals(new FieldError("displayName", "is required"), only(errors(profile().displayName(null).build())));
        }

        @Test
        void emailIsRequiredAndSaysTheTokenHadNone() {
            assertEquals(new FieldError("email", "is required (your sign-in token carries none)"),
                    only(errors(profile().email(null).build())));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ana", "ana@", "@example.com", "ana@example", "ana smith@example.com", "ana@@example.com"})
        void emailMustLookLikeAnAddress(String email) {
            assertEquals(new FieldError("email", "must be an email address"), only(errors(profile().email(email).build())));
        }

        @Test
        void subdomainEmailIsAccepted() {
            assertDoesNotThrow(() -> ProfileRules.check(profile().email("a.b+c@mail.example.co.uk").build(), Role.MENTEE, program().build()));
        }
    }

    @Nested
    class Languages {
        @Test
        void atLeastOneLanguageIsRequired() {
            assertEquals(new FieldError("languages", "is required: name at least one language you can mentor or be mentored in"),
                    only(errors(profile().languages().build())));
        }

        @Test
        void eachBadCodeIsNamedByIndex() {
            List<FieldError> errors = errors(profile().languages("en", "english", "xx").build());
            assertEquals(List.of(
                    new FieldError("languages[1]", "must be an ISO 639-1 code such as en or es, not 'english'"),
                    new FieldError("languages[2]", "must be an ISO 639-1 code such as en or es, not 'xx'")), errors);
        }

        @Test
        void upperCaseCodeIsNotIso6391UntilNormalized() {
            assertEquals("languages[0]", only(errors(profile().languages("EN").build())).field());
            Profile normalized = ProfileRules.normalize(profile().languages("EN").build(), null);
            assertDoesNotThrow(() -> ProfileRules.check(normalized, Role.MENTEE, program().build()));
        }

        @Test
        void mustShareALanguageWithTheProgram() {
            assertEquals(new FieldError("languages", "must include one of the program's languages: en, es"),
                    only(errors(profile().languages("fr", "de").build())));
        }

        @Test
        void intersectionIsNotReportedOnTopOfABadCode() {
            // 'zz' is not a language, so whether the list meets the program's languages is not yet meaningful
            assertEquals(List.of(new FieldError("languages[1]", "must be an ISO 639-1 code such as en or es, not 'zz'")),
                    errors(profile().languages("fr", "zz").build()));
        }

        @Test
        void programWithoutLanguagesAcceptsAnyValidLanguage() {
            Program anyLanguage = program().languages().build();
            assertDoesNotThrow(() -> ProfileRules.check(profile().languages("ja").build(), Role.MENTEE, anyLanguage));
        }
    }

    @Nested
    class CodeLists {
        @ParameterizedTest
        @ValueSource(strings = {"Madrid", "Europe/Atlantis", "europe/madrid", "+02:00"})
        void timeZoneMustBeIana(String zone) {
            assertEquals(new FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid, not '" + zone + "'"),
                    only(errors(profile().timeZone(zone).build())));
        }

        @Test
        void knownTimeZonePasses() {
            assertDoesNotThrow(() -> ProfileRules.check(profile().timeZone("America/Sao_Paulo").build(), Role.MENTEE, program().build()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"UK", "XX", "BRA", "br"})
        void countryMustBeIsoAlpha2UpperCase(String country) {
            assertEquals(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as BR, not '" + country + "'"),
                    only(errors(profile().country(country).build())));
        }
    }

    @Nested
    class SeniorityAndCapacity {
        @Test
        void seniorityMustBeOnTheProgramsLadder() {
            assertEquals(new FieldError("seniority", "must be one of the program's levels: junior, mid, senior"),
                    only(errors(profile().seniority("principal").build())));
        }

        @Test
        void capacityIsRefusedForMentees() {
            assertEquals(new FieldError("capacity", "is for mentors only"),
                    only(errors(profile().capacity(2).build(), Role.MENTEE, program().build())));
        }

        @Test
        void capacityIsRefusedForPeers() {
            assertEquals(new FieldError("capacity", "is for mentors only"),
                    only(errors(profile().capacity(2).build(), Role.PEER, program().build())));
        }
    }

    @Nested
    class RequiredFields {
        private static final Map<ProfileField, String> NAMES = Map.of(
                ProfileField.TIME_ZONE, "timeZone",
                ProfileField.COUNTRY, "country",
                ProfileField.REGION, "region",
                ProfileField.DEPARTMENT, "department",
                ProfileField.SENIORITY, "seniority",
                ProfileField.SKILLS_OFFERED, "skillsOffered",
                ProfileField.SKILLS_TO_DEVELOP, "skillsToDevelop",
                ProfileField.GOALS, "goals",
                ProfileField.INTERESTS, "interests");

        @ParameterizedTest
        @EnumSource(ProfileField.class)
        void eachRequiredFieldMustBeFilledIn(ProfileField field) {
            Program program = program().withRequired(field).build();
            assertEquals(new FieldError(NAMES.get(field), "is required by this program"),
                    only(errors(minimal().build(), Role.MENTEE, program)));
        }

        @ParameterizedTest
        @EnumSource(ProfileField.class)
        void filledInRequiredFieldPasses(ProfileField field) {
            Program program = program().withRequired(field).build();
            assertDoesNotThrow(() -> ProfileRules.check(profile().build(), Role.MENTEE, program));
        }

        @Test
        void emptyListCountsAsMissing() {
            Program program = program().withRequired(ProfileField.SKILLS_OFFERED).build();
            assertEquals(new FieldError("skillsOffered", "is required by this program"),
                    only(errors(profile().skillsOffered(List.of()).build(), Role.MENTEE, program)));
        }

        @Test
        void notRequiredFieldMayBeMissing() {
            Program program = program().withRequired(ProfileField.COUNTRY).build();
            assertDoesNotThrow(() -> ProfileRules.check(minimal().country("PT").build(), Role.MENTEE, program));
        }
    }

    @Test
    void oneResponseListsEveryBrokenFieldOnceEach() {
        Program program = program().withRequired(ProfileField.TIME_ZONE, ProfileField.COUNTRY, ProfileField.SENIORITY,
                ProfileField.GOALS).build();
        Profile p = minimal().displayName(null).email("not-an-email").languages("fr")
                .timeZone("Mars/Olympus").seniority("wizard").capacity(4).build();

        List<FieldError> errors = errors(p, Role.MENTEE, program);

        Map<String, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
        assertAll(
                () -> assertEquals(errors.size(), byField.size(), () -> "a field was reported twice: " + errors),
                () -> assertEquals(List.of("displayName", "email", "languages", "timeZone", "seniority", "capacity",
                        "country", "goals"), errors.stream().map(FieldError::field).toList()),
                () -> assertEquals("must be an IANA time zone such as Europe/Madrid, not 'Mars/Olympus'", byField.get("timeZone")),
                () -> assertEquals("must be one of the program's levels: junior, mid, senior", byField.get("seniority")),
                () -> assertEquals("is required by this program", byField.get("country")),
                () -> assertEquals("is required by this program", byField.get("goals")));
    }

    @Test
    void exceptionMessageNamesTheFirstError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ProfileRules.check(profile().displayName(null).email(null).build(), Role.MENTEE, program().build()));
        assertEquals("displayName: is required", e.getMessage());
        assertEquals(2, e.errors().size());
    }
}
