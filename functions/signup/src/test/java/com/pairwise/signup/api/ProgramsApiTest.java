package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramsApiTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin-1");
    private final Person coordinator = Person.user("coord-1");
    private final Person participant = Person.user("someone");

    private String create(Map<String, Object> body) {
        Response r = api.call(admin, "POST /programs", Map.of(), body);
        assertEquals(201, r.status(), r.toString());
        return r.body().get("id").asText();
    }

    @Test
    void adminCreatesAProgramWithDefaultsAndReadsItBack() {
        Response created = api.call(admin, "POST /programs", Map.of(), with(program(), "status", null));
        assertEquals(201, created.status(), created.toString());
        String id = created.body().get("id").asText();
        assertEquals("/programs/" + id, created.headers().get("location").asText());
        assertEquals("draft", created.body().get("status").asText());
        assertEquals(2, created.body().get("defaultMentorCapacity").asInt());

        JsonNode read = api.call(admin, "GET /programs/{programId}", Map.of("programId", id), null).body();
        assertEquals("Evergreen mentoring", read.get("name").asText());
        assertEquals(List.of("intern", "associate", "manager", "director"), texts(read.get("seniorityLevels")));
        assertEquals(List.of("country", "time_zone"), texts(read.get("requiredProfileFields")));
    }

    @Test
    void onlyAdministratorsCreatePrograms() {
        Response r = api.call(participant, "POST /programs", Map.of(), program());
        assertEquals(403, r.status());
        assertEquals("application/problem+json", r.contentType());
    }

    @Test
    void noIdentityIsUnauthorized() {
        assertEquals(401, api.call(null, "GET /programs", Map.of(), null).status());
        assertEquals(401, api.call(null, "POST /programs", Map.of(), program()).status());
    }

    @Test
    void unknownProgramIsNotFound() {
        Response r = api.call(participant, "GET /programs/{programId}", Map.of("programId", "prg_nope"), null);
        assertEquals(404, r.status());
        assertEquals(404, r.body().get("status").asInt());
    }

    @Test
    void draftsAreHiddenFromParticipantsButNotFromTheirCoordinators() {
        String id = create(with(program(), "status", "draft"));
        assertEquals(404, api.call(participant, "GET /programs/{programId}", Map.of("programId", id), null).status());
        assertEquals(200, api.call(coordinator, "GET /programs/{programId}", Map.of("programId", id), null).status());
        assertTrue(ids(api.call(participant, "GET /programs", Map.of(), null).body()).isEmpty());
        assertEquals(Set.of(id), ids(api.call(coordinator, "GET /programs", Map.of(), null).body()));
    }

    @Test
    void coordinatorEditsTheProgramButNotItsCoordinators() {
        String id = create(program());
        Response edited = api.call(coordinator, "PATCH /programs/{programId}", Map.of("programId", id),
                Map.of("description", "Now with goals", "menteeCap", 30));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Now with goals", edited.body().get("description").asText());
        assertEquals(30, edited.body().get("menteeCap").asInt());
        assertEquals(2, edited.body().get("version").asInt());

        Response cleared = api.call(coordinator, "PATCH /programs/{programId}", Map.of("programId", id), "{\"menteeCap\":null}");
        assertEquals(200, cleared.status());
        assertTrue(cleared.body().get("menteeCap").isNull());

        Response grab = api.call(coordinator, "PATCH /programs/{programId}", Map.of("programId", id),
                Map.of("coordinators", List.of("coord-1", "friend")));
        assertEquals(403, grab.status());
        assertEquals(200, api.call(admin, "PATCH /programs/{programId}", Map.of("programId", id),
                Map.of("coordinators", List.of("coord-1", "friend"))).status());
    }

    @Test
    void someoneElseCannotEditAProgram() {
        String id = create(program());
        assertEquals(403, api.call(participant, "PATCH /programs/{programId}", Map.of("programId", id), Map.of("name", "Mine")).status());
    }

    @Test
    void patchRefusesClearingRequiredSettingsAndBreakingCohortRules() {
        String id = create(program());
        Response r = api.call(admin, "PATCH /programs/{programId}", Map.of("programId", id), "{\"name\":null,\"kind\":\"cohort\"}");
        assertEquals(400, r.status());
        assertTrue(r.errorFields().contains("name"), r.toString());
    }

    @Test
    void cohortProgramsNeedOrderedDatesAndEvergreenOnesNone() {
        Map<String, Object> cohort = with(program(), "kind", "cohort");
        Response missing = api.call(admin, "POST /programs", Map.of(), cohort);
        assertEquals(List.of("startDate", "endDate"), missing.errorFields());

        Response backwards = api.call(admin, "POST /programs", Map.of(),
                with(with(cohort, "startDate", "2027-03-01"), "endDate", "2027-02-01"));
        assertEquals(List.of("endDate"), backwards.errorFields());

        Response evergreenWithDates = api.call(admin, "POST /programs", Map.of(), with(program(), "startDate", "2027-03-01"));
        assertEquals(List.of("startDate"), evergreenWithDates.errorFields());
    }

    @Test
    void nullOrMistypedSettingsThatCannotBeEmptyAreRefusedOnCreate() {
        String valid = Json.MAPPER.valueToTree(with(with(program(), "status", null), "defaultMentorCapacity", null)).toString();
        String nullStatus = valid.substring(0, valid.length() - 1) + ",\"status\":null,\"defaultMentorCapacity\":null}";
        Response r = api.call(admin, "POST /programs", Map.of(), nullStatus);
        assertEquals(400, r.status(), r.toString());
        assertEquals(Set.of("status", "defaultMentorCapacity"), new HashSet<>(r.errorFields()));

        Response mistyped = api.call(admin, "POST /programs", Map.of(), with(program(), "defaultMentorCapacity", "two"));
        assertEquals(400, mistyped.status(), mistyped.toString());
        assertEquals(List.of("defaultMentorCapacity"), mistyped.errorFields());
    }

    @Test
    void badInputNamesEveryBadField() {
        Map<String, Object> body = with(with(with(with(with(program(), "format", "speed_dating"), "menteeCap", "ten"),
                "languages", List.of("en", "xx")), "name", "x".repeat(121)), "colour", "blue");
        Response r = api.call(admin, "POST /programs", Map.of(), body);
        assertEquals(400, r.status());
        assertEquals("application/problem+json", r.contentType());
        assertEquals(Set.of("format", "menteeCap", "name", "colour"), new HashSet<>(r.errorFields()), r.toString());
        assertTrue(r.body().get("detail").asText().contains("format: must be one of one_to_one, peer, reverse, group"));

        Response lang = api.call(admin, "POST /programs", Map.of(), with(program(), "languages", List.of("en", "xx")));
        assertEquals(List.of("languages[1]"), lang.errorFields());
    }

    @Test
    void malformedOversizeAndNonObjectBodiesAreRefused() {
        assertEquals(List.of("body"), api.call(admin, "POST /programs", Map.of(), "{\"name\": ").errorFields());
        assertEquals(List.of("body"), api.call(admin, "POST /programs", Map.of(), "[1,2]").errorFields());
        assertEquals(List.of("body"), api.call(admin, "POST /programs", Map.of(), null).errorFields());
        String huge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        Response r = api.call(admin, "POST /programs", Map.of(), huge);
        assertEquals(400, r.status());
        assertEquals(List.of("body"), r.errorFields());
    }

    @Test
    void listsPageThroughEveryProgramOnceNewestFirst() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            api.clock.advance(java.time.Duration.ofMinutes(1));
            created.add(create(with(program(), "name", "P" + i)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = cursor == null ? Map.of("limit", "3") : Map.of("limit", "3", "cursor", cursor);
            JsonNode page = api.call(participant, "GET /programs", Map.of(), query, null).body();
            page.get("items").forEach(p -> seen.add(p.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(created, new HashSet<>(seen));
        assertEquals(7, seen.size());
        JsonNode first = api.call(participant, "GET /programs", Map.of(), Map.of("limit", "1"), null).body();
        assertEquals("P6", first.get("items").get(0).get("name").asText());
    }

    @Test
    void badListParametersAreRefused() {
        Response r = api.call(participant, "GET /programs", Map.of(), Map.of("limit", "0", "status", "sleeping", "cursor", "garbage!"), null);
        assertEquals(400, r.status());
        assertEquals(Set.of("limit", "status"), new HashSet<>(r.errorFields()));
        Response cursor = api.call(participant, "GET /programs", Map.of(), Map.of("cursor", "bm90LWEtY3Vyc29y"), null);
        assertEquals(List.of("cursor"), cursor.errorFields());
    }

    @Test
    void statusFilterNarrowsTheList() {
        String open = create(program());
        create(with(program(), "status", "closed"));
        assertEquals(Set.of(open), ids(api.call(admin, "GET /programs", Map.of(), Map.of("status", "open"), null).body()));
        assertNull(api.call(admin, "GET /programs", Map.of(), Map.of("status", "open"), null).body().get("nextCursor").textValue());
        assertNotNull(open);
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new HashSet<>();
        page.get("items").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
