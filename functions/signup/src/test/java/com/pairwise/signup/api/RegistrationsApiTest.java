package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationsApiTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin-1");
    private final Person coordinator = Person.user("coord-1");
    private final Person ana = Person.user("ana");
    private final Person ben = Person.user("ben");

    private String createProgram(Map<String, Object> body) {
        Response r = api.call(admin, "POST /programs", Map.of(), body);
        assertEquals(201, r.status(), r.toString());
        return r.body().get("id").asText();
    }

    private Response register(Person who, String programId, Map<String, Object> body) {
        return api.call(who, "POST /programs/{programId}/registrations", Map.of("programId", programId), body);
    }

    private static Map<String, String> in(String programId) {
        return Map.of("programId", programId);
    }

    @Test
    void signUpStoresTheProfileAndTheTokensEmail() {
        String id = createProgram(program());
        Response r = register(ana, id, signUp("mentee"));
        assertEquals(201, r.status(), r.toString());
        assertEquals("registered", r.body().get("status").asText());
        assertEquals("ana@example.com", r.body().get("email").asText());
        assertEquals("BR", r.body().get("country").asText());

        JsonNode mine = api.call(ana, "GET /programs/{programId}/registrations/me", in(id), null).body();
        assertEquals("Ana Souza", mine.get("displayName").asText());
        assertEquals("America/Sao_Paulo", mine.get("timeZone").asText());
    }

    @Test
    void mentorsGetTheProgramsDefaultCapacityAndMenteesMayNotSetOne() {
        String id = createProgram(with(program(), "defaultMentorCapacity", 3));
        assertEquals(3, register(ana, id, signUp("mentor")).body().get("capacity").asInt());
        Response mentee = register(ben, id, with(signUp("mentee"), "capacity", 2));
        assertEquals(List.of("capacity"), mentee.errorFields());
    }

    @Test
    void registeringTwiceIsAConflict() {
        String id = createProgram(program());
        assertEquals(201, register(ana, id, signUp("mentee")).status());
        Response again = register(ana, id, signUp("mentor"));
        assertEquals(409, again.status());
        assertEquals("already-registered", again.body().get("code").asText());
    }

    @Test
    void unknownProgramIsNotFound() {
        assertEquals(404, register(ana, "prg_missing", signUp("mentee")).status());
    }

    @Test
    void registrationOutsideItsWindowIsAConflictWithTheReason() {
        Instant opens = api.clock.instant().plus(Duration.ofDays(7));
        Instant closes = opens.plus(Duration.ofDays(14));
        String id = createProgram(with(program(), "menteeRegistration", Map.of("opensAt", opens.toString(), "closesAt", closes.toString())));

        Response early = register(ana, id, signUp("mentee"));
        assertEquals(409, early.status());
        assertEquals("registration-not-open", early.body().get("code").asText());
        assertTrue(early.body().get("detail").asText().contains(opens.toString()), early.toString());
        assertEquals(201, register(ben, id, signUp("mentor")).status(), "the mentor window is always open here");

        api.clock.set(closes);
        Response late = register(ana, id, signUp("mentee"));
        assertEquals("registration-closed", late.body().get("code").asText());

        api.clock.set(opens);
        assertEquals(201, register(ana, id, signUp("mentee")).status());
    }

    @Test
    void mentorRecruitmentOpensBeforeMenteeRegistration() {
        String id = createProgram(with(program(), "status", "recruiting_mentors"));
        assertEquals(201, register(ana, id, signUp("mentor")).status());
        Response mentee = register(ben, id, signUp("mentee"));
        assertEquals(409, mentee.status());
        assertTrue(mentee.body().get("detail").asText().contains("recruiting mentors"));
        api.call(admin, "PATCH /programs/{programId}", in(id), Map.of("status", "open"));
        assertEquals(201, register(ben, id, signUp("mentee")).status());
    }

    @Test
    void closedAndEndedProgramsRefuseSignUps() {
        String closed = createProgram(with(program(), "status", "closed"));
        assertEquals("program-closed", register(ana, closed, signUp("mentee")).body().get("code").asText());
        String cohort = createProgram(with(with(with(program(), "kind", "cohort"), "startDate", "2026-01-01"), "endDate", "2026-06-30"));
        assertEquals("program-ended", register(ana, cohort, signUp("mentee")).body().get("code").asText());
    }

    @Test
    void draftProgramsAreInvisibleToParticipants() {
        String id = createProgram(with(program(), "status", "draft"));
        assertEquals(404, register(ana, id, signUp("mentee")).status());
    }

    @Test
    void everyBadProfileFieldIsNamed() {
        String id = createProgram(program());
        Map<String, Object> bad = with(with(with(with(with(signUp("mentee"), "timeZone", "Mars/Olympus_Mons"),
                "languages", List.of("es", "zz")), "country", "XX"), "seniority", "overlord"), "email", "not-an-email");
        Response r = register(ana, id, bad);
        assertEquals(400, r.status());
        assertEquals(Set.of("timeZone", "languages[1]", "country", "seniority", "email"), new HashSet<>(r.errorFields()), r.toString());
    }

    @Test
    void wrongTypesUnknownRolesAndUnknownFieldsAreNamed() {
        String id = createProgram(program());
        Map<String, Object> bad = with(with(with(signUp("guru"), "languages", "es"), "capacity", 2.5), "shoeSize", 44);
        Response r = register(ana, id, bad);
        assertEquals(Set.of("role", "languages", "capacity", "shoeSize"), new HashSet<>(r.errorFields()), r.toString());
        assertEquals(List.of("displayName"), register(ana, id, with(signUp("mentee"), "displayName", "y".repeat(101))).errorFields());
    }

    @Test
    void typeErrorsAndRuleErrorsComeInOneAnswer() {
        String id = createProgram(program());
        Map<String, Object> bad = with(with(with(signUp("boss"), "timeZone", "Mars/Base"), "country", "XX"), "interests", "chess");
        Response r = register(ana, id, bad);
        assertEquals(400, r.status());
        assertEquals(Set.of("role", "timeZone", "country", "interests"), new HashSet<>(r.errorFields()), r.toString());
    }

    @Test
    void anEditWithTypeErrorsAndRuleErrorsNamesThemAllInOneAnswer() {
        String id = createProgram(program());
        register(ana, id, signUp("mentee"));
        Response r = api.call(ana, "PATCH /programs/{programId}/registrations/me", in(id),
                "{\"languages\":\"es\",\"capacity\":2.5,\"displayName\":null,\"shoeSize\":44,"
                        + "\"timeZone\":\"Mars/Base\",\"country\":\"XX\",\"seniority\":\"overlord\"}");
        assertEquals(400, r.status());
        assertEquals(Set.of("languages", "capacity", "displayName", "shoeSize", "timeZone", "country", "seniority"),
                new HashSet<>(r.errorFields()), r.toString());
        assertEquals(r.errorFields().size(), new HashSet<>(r.errorFields()).size(), "each field named once: " + r);
        assertEquals(1, api.call(ana, "GET /programs/{programId}/registrations/me", in(id), null).body().get("version").asInt(),
                "nothing was stored");
    }

    @Test
    void seniorityMatchesTheProgramsLevelsInAnyCaseAndKeepsTheProgramsSpelling() {
        String id = createProgram(with(program(), "seniorityLevels", List.of("Intern", "associate", "Senior Manager")));
        Response signedUp = register(ana, id, with(signUp("mentee"), "seniority", "ASSOCIATE"));
        assertEquals(201, signedUp.status(), signedUp.toString());
        assertEquals("associate", signedUp.body().get("seniority").asText());

        Response edited = api.call(ana, "PATCH /programs/{programId}/registrations/me", in(id), Map.of("seniority", "senior manager"));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Senior Manager", edited.body().get("seniority").asText());
        assertEquals("Senior Manager", api.call(ana, "GET /programs/{programId}/registrations/me", in(id), null).body().get("seniority").asText());

        assertEquals(List.of("seniority"), api.call(ana, "PATCH /programs/{programId}/registrations/me", in(id),
                Map.of("seniority", "seniormanager")).errorFields());
        assertEquals(List.of("seniority"), register(ben, id, with(signUp("mentee"), "seniority", "interns")).errorFields());
    }

    @Test
    void theProgramsRequiredFieldsAndLanguagesApply() {
        String id = createProgram(with(with(program(), "requiredProfileFields", List.of("department", "goals")), "languages", List.of("fr")));
        Response r = register(ana, id, signUp("mentee"));
        assertEquals(Set.of("department", "goals", "languages"), new HashSet<>(r.errorFields()), r.toString());
    }

    @Test
    void aRoleTheFormatDoesNotHaveIsRefused() {
        String peer = createProgram(with(program(), "format", "peer"));
        assertEquals(List.of("role"), register(ana, peer, signUp("mentee")).errorFields());
        assertEquals(201, register(ana, peer, signUp("peer")).status());
    }

    @Test
    void participantsEditTheirProfileButNotTheirRole() {
        String id = createProgram(program());
        register(ana, id, signUp("mentee"));
        Response edited = api.call(ana, "PATCH /programs/{programId}/registrations/me", in(id),
                Map.of("country", "pt", "goals", "Negotiate my first budget"));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("PT", edited.body().get("country").asText());
        assertEquals(2, edited.body().get("version").asInt());
        assertEquals(Map.of("PT", 1), countries(api.call(admin, "GET /programs/{programId}/registration-counts", in(id), null).body()));

        Response role = api.call(ana, "PATCH /programs/{programId}/registrations/me", in(id), Map.of("role", "mentor"));
        assertEquals(List.of("role"), role.errorFields());
        Response cleared = api.call(ana, "PATCH /programs/{programId}/registrations/me", in(id), "{\"country\":null}");
        assertEquals(List.of("country"), cleared.errorFields(), "country is required by this program");
    }

    @Test
    void nobodyTouchesAnotherPersonsRegistration() {
        String id = createProgram(program());
        register(ana, id, signUp("mentee"));
        register(ben, id, signUp("mentor"));
        assertEquals(403, api.call(ben, "GET /programs/{programId}/registrations/{userId}", Map.of("programId", id, "userId", "ana"), null).status());
        assertEquals(403, api.call(ben, "GET /programs/{programId}/registrations", in(id), null).status());
        assertEquals(403, api.call(ben, "GET /programs/{programId}/registration-counts", in(id), null).status());
        assertEquals(200, api.call(coordinator, "GET /programs/{programId}/registrations/{userId}", Map.of("programId", id, "userId", "ana"), null).status());
        assertEquals(200, api.call(ana, "GET /programs/{programId}/registrations/{userId}", Map.of("programId", id, "userId", "ana"), null).status());
        Person otherCoordinator = Person.user("coord-elsewhere");
        createProgram(with(program(), "coordinators", List.of("coord-elsewhere")));
        assertEquals(403, api.call(otherCoordinator, "GET /programs/{programId}/registrations", in(id), null).status());
    }

    @Test
    void withdrawingRemovesTheRegistrationAndFreesTheCountedPlace() {
        String id = createProgram(program());
        register(ana, id, signUp("mentee"));
        assertEquals(204, api.call(ana, "DELETE /programs/{programId}/registrations/me", in(id), null).status());
        assertEquals(404, api.call(ana, "GET /programs/{programId}/registrations/me", in(id), null).status());
        JsonNode counts = api.call(coordinator, "GET /programs/{programId}/registration-counts", in(id), null).body();
        assertEquals(0, counts.get("mentees").asInt());
        assertEquals(201, register(ana, id, signUp("mentee")).status(), "may sign up again");
    }

    @Test
    void beyondTheCapSignUpsAreWaitlistedAndAWithdrawalPromotesTheLongestWaiting() {
        String id = createProgram(with(program(), "menteeCap", 1));
        assertEquals("registered", register(ana, id, signUp("mentee")).body().get("status").asText());
        api.clock.advance(Duration.ofMinutes(1));
        assertEquals("waitlisted", register(ben, id, signUp("mentee")).body().get("status").asText());
        api.clock.advance(Duration.ofMinutes(1));
        assertEquals("waitlisted", register(Person.user("cai"), id, signUp("mentee")).body().get("status").asText());
        assertEquals("registered", register(Person.user("dee"), id, signUp("mentor")).body().get("status").asText(), "mentors are not capped");

        api.call(ana, "DELETE /programs/{programId}/registrations/me", in(id), null);
        assertEquals("registered", api.call(ben, "GET /programs/{programId}/registrations/me", in(id), null).body().get("status").asText());
        JsonNode counts = api.call(coordinator, "GET /programs/{programId}/registration-counts", in(id), null).body();
        assertEquals(1, counts.get("mentees").asInt());
        assertEquals(1, counts.get("waitlisted").asInt());
        assertEquals(1, counts.get("mentors").asInt());

        api.call(admin, "PATCH /programs/{programId}", in(id), Map.of("menteeCap", 5));
        assertEquals("registered", api.call(Person.user("cai"), "GET /programs/{programId}/registrations/me", in(id), null).body().get("status").asText());
    }

    @Test
    void clearingTheCapPromotesEveryoneWaiting() {
        String id = createProgram(with(program(), "menteeCap", 1));
        register(ana, id, signUp("mentee"));
        register(ben, id, signUp("mentee"));
        register(Person.user("cai"), id, signUp("mentee"));

        assertEquals(200, api.call(admin, "PATCH /programs/{programId}", in(id), "{\"menteeCap\":null}").status());
        for (Person p : List.of(ben, Person.user("cai"))) {
            assertEquals("registered", api.call(p, "GET /programs/{programId}/registrations/me", in(id), null).body().get("status").asText());
        }
        JsonNode counts = api.call(coordinator, "GET /programs/{programId}/registration-counts", in(id), null).body();
        assertEquals(3, counts.get("mentees").asInt());
        assertEquals(0, counts.get("waitlisted").asInt());
    }

    @Test
    void coordinatorsFilterAndPageRegistrationsAndSeeCounts() {
        String id = createProgram(program());
        for (int i = 0; i < 5; i++) {
            register(Person.user("mentee-" + i), id, with(signUp("mentee"), "country", i < 3 ? "BR" : "FR"));
        }
        for (int i = 0; i < 2; i++) {
            register(Person.user("mentor-" + i), id, with(signUp("mentor"), "country", "ES"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> q = cursor == null ? Map.of("role", "mentee", "limit", "2") : Map.of("role", "mentee", "limit", "2", "cursor", cursor);
            JsonNode page = api.call(coordinator, "GET /programs/{programId}/registrations", in(id), q, null).body();
            page.get("items").forEach(r -> {
                assertEquals("mentee", r.get("role").asText());
                seen.add(r.get("userId").asText());
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(5, new HashSet<>(seen).size());

        JsonNode french = api.call(coordinator, "GET /programs/{programId}/registrations", in(id), Map.of("country", "fr"), null).body();
        assertEquals(2, french.get("items").size());

        JsonNode counts = api.call(coordinator, "GET /programs/{programId}/registration-counts", in(id), null).body();
        assertEquals(2, counts.get("mentors").asInt());
        assertEquals(5, counts.get("mentees").asInt());
        assertEquals(0, counts.get("waitlisted").asInt());
        assertEquals(Map.of("BR", 3, "FR", 2, "ES", 2), countries(counts));

        Response badFilter = api.call(coordinator, "GET /programs/{programId}/registrations", in(id), Map.of("role", "boss", "country", "Narnia"), null);
        assertEquals(Set.of("role", "country"), new HashSet<>(badFilter.errorFields()));
    }

    @Test
    void aCursorFromOneProgramCannotReadAnother() {
        String first = createProgram(program());
        String second = createProgram(program());
        for (int i = 0; i < 3; i++) {
            register(Person.user("m" + i), first, signUp("mentee"));
        }
        String cursor = api.call(admin, "GET /programs/{programId}/registrations", in(first), Map.of("limit", "1"), null)
                .body().get("nextCursor").asText();
        Response r = api.call(admin, "GET /programs/{programId}/registrations", in(second), Map.of("cursor", cursor), null);
        assertEquals(400, r.status());
        assertEquals(List.of("cursor"), r.errorFields());
    }

    private static Map<String, Integer> countries(JsonNode counts) {
        Map<String, Integer> out = new java.util.HashMap<>();
        counts.get("byCountry").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }
}
