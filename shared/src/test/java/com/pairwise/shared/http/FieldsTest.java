package com.pairwise.shared.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.ProgramKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

    /** Reads a JSON object written with single quotes for readability. */
    static Fields fields(String json) {
        try {
            return new Fields(Json.MAPPER.readTree(json.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<FieldError> one(String field, String message) {
        return List.of(new FieldError(field, message));
    }

    @Nested
    class Text {
        @Test
        void readsAndStripsAString() {
            Fields f = fields("{'name': '  Ana  '}");
            assertEquals("Ana", f.text("name", 10));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void absentAndNullAreNullWithoutError() {
            Fields f = fields("{'name': null}");
            assertNull(f.text("name", 10));
            assertNull(f.text("missing", 10));
            assertEquals(List.of(), f.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"{'name': 42}", "{'name': true}", "{'name': ['Ana']}", "{'name': {'first': 'Ana'}}"})
        void nonStringIsAnError(String json) {
            Fields f = fields(json);
            assertNull(f.text("name", 10));
            assertEquals(one("name", "must be a string"), f.errors());
        }

        @Test
        void blankIsAnError() {
            Fields f = fields("{'name': ' \\t\\n '}");
            assertNull(f.text("name", 10));
            assertEquals(one("name", "must not be blank"), f.errors());
        }

        @Test
        void emptyIsAnError() {
            Fields f = fields("{'name': ''}");
            assertNull(f.text("name", 10));
            assertEquals(one("name", "must not be blank"), f.errors());
        }

        @Test
        void exactlyMaxLengthIsAccepted() {
            Fields f = fields("{'name': 'abcde'}");
            assertEquals("abcde", f.text("name", 5));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void overMaxLengthIsAnError() {
            Fields f = fields("{'name': 'abcdef'}");
            assertNull(f.text("name", 5));
            assertEquals(one("name", "must be at most 5 characters"), f.errors());
        }

        @Test
        void lengthCountsCodePointsNotUtf16Units() {
            String fourEmoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"; // 4 code points, 8 chars
            Fields ok = fields("{'name': '" + fourEmoji + "'}");
            assertEquals(fourEmoji, ok.text("name", 4));
            assertEquals(List.of(), ok.errors());

            Fields tooLong = fields("{'name': '" + fourEmoji + "'}");
            assertNull(tooLong.text("name", 3));
            assertEquals(one("name", "must be at most 3 characters"), tooLong.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\\u0000b", "a\\u0007b", "a\\rb", "a\\u001bb", "a\\u0085b"})
        void controlCharactersAreAnError(String escaped) {
            Fields f = fields("{'name': '" + escaped + "'}");
            assertNull(f.text("name", 10));
            assertEquals(one("name", "must not contain control characters"), f.errors());
        }

        @Test
        void windowsLineEndsAreStoredAsNewlines() {
            Fields f = fields("{'goals': 'line one\\r\\nline two'}");
            assertEquals("line one\nline two", f.text("goals", 100));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void newlinesAndTabsInsideTextAreAllowed() {
            Fields f = fields("{'goals': 'line one\\n\\tline two'}");
            assertEquals("line one\n\tline two", f.text("goals", 100));
            assertEquals(List.of(), f.errors());
        }
    }

    @Nested
    class Integer_ {
        @Test
        void readsAWholeNumberInRange() {
            Fields f = fields("{'n': 3}");
            assertEquals(3, f.integer("n", 1, 50));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void boundsAreInclusive() {
            Fields f = fields("{'lo': 1, 'hi': 50}");
            assertEquals(1, f.integer("lo", 1, 50));
            assertEquals(50, f.integer("hi", 1, 50));
            assertEquals(List.of(), f.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2.5", "2.0", "'3'", "true", "[3]", "9999999999"})
        void nonIntegralValuesAreAnError(String value) {
            Fields f = fields("{'n': " + value + "}");
            assertNull(f.integer("n", 1, 50));
            assertEquals(one("n", "must be a whole number"), f.errors());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, 51})
        void outOfRangeIsAnError(int value) {
            Fields f = fields("{'n': " + value + "}");
            assertNull(f.integer("n", 1, 50));
            assertEquals(one("n", "must be between 1 and 50"), f.errors());
        }

        @Test
        void absentIsNullWithoutError() {
            Fields f = fields("{'n': null}");
            assertNull(f.integer("n", 1, 50));
            assertNull(f.integer("other", 1, 50));
            assertEquals(List.of(), f.errors());
        }
    }

    @Nested
    class Dates {
        @Test
        void readsAnIsoDate() {
            Fields f = fields("{'d': '2026-01-31'}");
            assertEquals(LocalDate.of(2026, 1, 31), f.date("d"));
            assertEquals(List.of(), f.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"31/01/2026", "2026-1-31", "2026-02-30", "2026-13-01", "tomorrow"})
        void otherFormatsAndImpossibleDatesAreAnError(String value) {
            Fields f = fields("{'d': '" + value + "'}");
            assertNull(f.date("d"));
            assertEquals(one("d", "must be a date like 2026-01-31"), f.errors());
        }

        @Test
        void dateNotAStringIsReportedOnce() {
            Fields f = fields("{'d': 20260131}");
            assertNull(f.date("d"));
            assertEquals(one("d", "must be a string"), f.errors());
        }

        @Test
        void readsAUtcInstant() {
            Fields f = fields("{'t': '2026-01-31T09:00:00Z'}");
            assertEquals(Instant.parse("2026-01-31T09:00:00Z"), f.instant("t"));
            assertEquals(List.of(), f.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-01-31", "2026-01-31T09:00:00", "2026-01-31 09:00:00Z", "1738314000"})
        void otherTimestampFormatsAreAnError(String value) {
            Fields f = fields("{'t': '" + value + "'}");
            assertNull(f.instant("t"));
            assertEquals(one("t", "must be a UTC timestamp like 2026-01-31T09:00:00Z"), f.errors());
        }
    }

    @Nested
    class EnumValue {
        @Test
        void readsTheWireName() {
            Fields f = fields("{'kind': 'evergreen'}");
            assertSame(ProgramKind.EVERGREEN, f.enumValue("kind", ProgramKind.class));
            assertEquals(List.of(), f.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"weekly", "COHORT", "Cohort"})
        void unknownValueListsTheAllowedOnes(String value) {
            Fields f = fields("{'kind': '" + value + "'}");
            assertNull(f.enumValue("kind", ProgramKind.class));
            assertEquals(one("kind", "must be one of cohort, evergreen, not '" + value + "'"), f.errors());
        }
    }

    @Nested
    class Texts {
        @Test
        void readsAListStrippingAndDroppingDuplicatesInFirstSeenOrder() {
            Fields f = fields("{'skills': ['java', ' go ', 'java', 'rust', 'go']}");
            assertEquals(List.of("java", "go", "rust"), f.texts("skills", 10, 20));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void emptyArrayIsAnEmptyList() {
            Fields f = fields("{'skills': []}");
            assertEquals(List.of(), f.texts("skills", 10, 20));
            assertEquals(List.of(), f.errors());
        }

        @ParameterizedTest
        @ValueSource(strings = {"'java'", "{'a': 'b'}", "3"})
        void nonArrayIsAnError(String value) {
            Fields f = fields("{'skills': " + value + "}");
            assertNull(f.texts("skills", 10, 20));
            assertEquals(one("skills", "must be an array of strings"), f.errors());
        }

        @Test
        void tooManyItemsIsOneErrorOnTheList() {
            Fields f = fields("{'skills': ['a', 'b', 'c', 'd']}");
            assertNull(f.texts("skills", 3, 20));
            assertEquals(one("skills", "must have at most 3 items"), f.errors());
        }

        @Test
        void itemErrorsAreNamedByIndex() {
            Fields f = fields("{'skills': ['java', 7, ' ', 'abcdefghijk', 'ok']}");
            assertNull(f.texts("skills", 10, 10));
            assertEquals(List.of(
                    new FieldError("skills[1]", "must be a string"),
                    new FieldError("skills[2]", "must not be blank"),
                    new FieldError("skills[3]", "must be at most 10 characters")), f.errors());
        }

        @Test
        void absentIsNullWithoutError() {
            Fields f = fields("{'skills': null}");
            assertNull(f.texts("skills", 3, 20));
            assertNull(f.texts("interests", 3, 20));
            assertEquals(List.of(), f.errors());
        }
    }

    @Nested
    class NestedObjects {
        @Test
        void nestedErrorsGetDottedPathsInTheParentsList() {
            Fields f = fields("{'mentorRegistration': {'opensAt': 'soon', 'closesAt': '2026-03-01T00:00:00Z'}}");
            Fields window = f.object("mentorRegistration");
            assertNull(window.instant("opensAt"));
            assertEquals(Instant.parse("2026-03-01T00:00:00Z"), window.instant("closesAt"));
            assertEquals(one("mentorRegistration.opensAt", "must be a UTC timestamp like 2026-01-31T09:00:00Z"), f.errors());
            assertEquals(f.errors(), window.errors());
            assertEquals("mentorRegistration.closesAt", window.path("closesAt"));
        }

        @Test
        void nestingTwiceChainsThePath() {
            Fields f = fields("{'a': {'b': {'c': ''}}}");
            assertNull(f.object("a").object("b").text("c", 5));
            assertEquals(one("a.b.c", "must not be blank"), f.errors());
        }

        @Test
        void nestedListItemsCarryBothDotAndIndex() {
            Fields f = fields("{'profile': {'languages': ['en', 5]}}");
            assertNull(f.object("profile").texts("languages", 5, 2));
            assertEquals(one("profile.languages[1]", "must be a string"), f.errors());
        }

        @Test
        void nonObjectIsAnError() {
            Fields f = fields("{'mentorRegistration': '2026-03-01'}");
            assertNull(f.object("mentorRegistration"));
            assertEquals(one("mentorRegistration", "must be an object"), f.errors());
        }

        @Test
        void absentObjectIsNull() {
            Fields f = fields("{'mentorRegistration': null}");
            assertNull(f.object("mentorRegistration"));
            assertNull(f.object("menteeRegistration"));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void nestedUnknownFieldsAreNamedWithThePath() {
            Fields f = fields("{'mentorRegistration': {'opensAt': null, 'startsAt': 'x'}}");
            f.object("mentorRegistration").rejectUnknown(Set.of("opensAt", "closesAt"));
            assertEquals(one("mentorRegistration.startsAt", "is not a known field"), f.errors());
        }
    }

    @Nested
    class UnknownAndRequired {
        @Test
        void rejectUnknownNamesEachUnknownField() {
            Fields f = fields("{'name': 'x', 'nmae': 'y', 'admin': true}");
            f.rejectUnknown(Set.of("name", "description"));
            assertEquals(List.of(new FieldError("nmae", "is not a known field"), new FieldError("admin", "is not a known field")),
                    f.errors());
        }

        @Test
        void rejectUnknownAcceptsKnownFields() {
            Fields f = fields("{'name': 'x'}");
            f.rejectUnknown(Set.of("name", "description"));
            assertEquals(List.of(), f.errors());
        }

        @Test
        void requireReportsAMissingValue() {
            Fields f = fields("{}");
            f.require("name", f.text("name", 10));
            assertEquals(one("name", "is required"), f.errors());
        }

        @Test
        void requireDoesNotRepeatAFieldThatAlreadyHasAnError() {
            Fields f = fields("{'name': 42}");
            f.require("name", f.text("name", 10));
            assertEquals(one("name", "must be a string"), f.errors());
        }

        @Test
        void requireDoesNotRepeatAListWithAnItemError() {
            Fields f = fields("{'languages': ['en', '']}");
            f.require("languages", f.texts("languages", 5, 2));
            assertEquals(one("languages[1]", "must not be blank"), f.errors());
        }

        @Test
        void requireDoesNotRepeatAnObjectWithANestedError() {
            Fields f = fields("{'window': {'opensAt': 'x'}}");
            Fields window = f.object("window");
            window.instant("opensAt");
            f.require("window", null);
            assertEquals(List.of("window.opensAt"), f.errors().stream().map(FieldError::field).toList());
        }

        @Test
        void requireStillReportsAFieldWhoseNameMerelySharesAPrefix() {
            Fields f = fields("{'languages': 5}");
            f.texts("languages", 5, 2);
            f.require("language", null);
            assertEquals(List.of(new FieldError("languages", "must be an array of strings"), new FieldError("language", "is required")),
                    f.errors());
        }

        @Test
        void nestedRequireUsesTheDottedPath() {
            Fields f = fields("{'window': {}}");
            f.object("window").require("opensAt", null);
            assertEquals(one("window.opensAt", "is required"), f.errors());
        }

        @Test
        void requireAcceptsAPresentValue() {
            Fields f = fields("{'name': 'Ana'}");
            f.require("name", f.text("name", 10));
            assertEquals(List.of(), f.errors());
        }
    }

    @Nested
    class PresenceAndErrors {
        @Test
        void hasIsTrueForPresentFieldsEvenWhenNull() {
            Fields f = fields("{'cap': null, 'name': 'x'}");
            assertTrue(f.has("cap"));
            assertTrue(f.has("name"));
            assertFalse(f.has("other"));
        }

        @Test
        void isNullOnlyForAnExplicitNull() {
            Fields f = fields("{'cap': null, 'name': 'x'}");
            assertTrue(f.isNull("cap"));
            assertFalse(f.isNull("name"));
            assertFalse(f.isNull("other"));
        }

        @Test
        void throwIfInvalidThrowsEveryError() {
            Fields f = fields("{'a': 1, 'b': 2}");
            f.text("a", 5);
            f.text("b", 5);
            ValidationException e = assertThrows(ValidationException.class, f::throwIfInvalid);
            assertEquals(List.of(new FieldError("a", "must be a string"), new FieldError("b", "must be a string")), e.errors());
            assertEquals("a: must be a string", e.getMessage());
        }

        @Test
        void throwIfInvalidIsSilentWithoutErrors() {
            Fields f = fields("{'a': 'x'}");
            f.text("a", 5);
            assertDoesNotThrow(f::throwIfInvalid);
        }

        @Test
        void errorsIsASnapshot() {
            Fields f = fields("{}");
            List<FieldError> before = f.errors();
            f.error("x", "custom");
            assertEquals(List.of(), before);
            assertEquals(one("x", "custom"), f.errors());
            assertThrows(UnsupportedOperationException.class, () -> f.errors().add(new FieldError("y", "z")));
        }

        @Test
        void errorsFromSeveralReadsAccumulateInOrder() {
            Fields f = fields("{'name': '', 'cap': 0, 'kind': 'x', 'extra': 1}");
            f.rejectUnknown(Set.of("name", "cap", "kind"));
            f.text("name", 5);
            f.integer("cap", 1, 5);
            f.enumValue("kind", ProgramKind.class);
            assertEquals(List.of("extra", "name", "cap", "kind"), f.errors().stream().map(FieldError::field).toList());
        }
    }

    @Nested
    class Objects {
        @Test
        void errorsInsideArrayItemsNameTheItemByIndex() {
            Fields f = fields("{'sessions':[{'title':'a'},{'title':7}]}");
            List<Fields> items = f.objects("sessions", 5);
            assertEquals(2, items.size());
            assertEquals("a", items.get(0).text("title", 10));
            assertNull(items.get(1).text("title", 10));
            assertEquals(one("sessions[1].title", "must be a string"), f.errors());
        }

        @Test
        void nonObjectItemsAndOversizeArraysAreRefused() {
            Fields f = fields("{'a':[{},3],'b':[{},{}],'c':'x'}");
            assertNull(f.objects("a", 5));
            assertNull(f.objects("b", 1));
            assertNull(f.objects("c", 5));
            assertNull(f.objects("absent", 5));
            assertEquals(List.of(new FieldError("a[1]", "must be an object"), new FieldError("b", "must have at most 1 items"),
                    new FieldError("c", "must be an array of objects")), f.errors());
        }
    }
}
