package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataApiTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin-1");
    private final Person ana = Person.user("ana");

    private String createProgram(Map<String, Object> body) {
        return api.call(admin, "POST /programs", Map.of(), body).body().get("id").asText();
    }

    @Test
    void exportHoldsEveryRegistrationAndCoordinatorRole() {
        String first = createProgram(program());
        String second = createProgram(with(program(), "coordinators", List.of("ana")));
        api.call(ana, "POST /programs/{programId}/registrations", Map.of("programId", first), with(signUp("mentee"), "goals", "Grow"));

        Response export = api.call(ana, "GET /me/export", Map.of(), null);
        assertEquals(200, export.status());
        assertTrue(export.headers().get("content-disposition").asText().startsWith("attachment"));
        JsonNode body = export.body();
        assertEquals("ana", body.get("identity").get("userId").asText());
        assertEquals(1, body.get("registrations").size());
        assertEquals("Grow", body.get("registrations").get(0).get("goals").asText());
        assertEquals(second, body.get("coordinatedPrograms").get(0).asText());

        JsonNode me = api.call(ana, "GET /me", Map.of(), null).body();
        assertEquals(first, me.get("registrations").get(0).get("programId").asText());
    }

    @Test
    void afterErasureNothingOfThePersonIsReadableThroughAnyRoute() {
        String program = createProgram(with(program(), "menteeCap", 1));
        String coordinated = createProgram(with(with(program(), "coordinators", List.of("ana", "coord-1")),
                "reminders", Map.of("inactivityDays", 10)));
        Map<String, String> in = Map.of("programId", program);
        api.call(ana, "POST /programs/{programId}/registrations", in, signUp("mentee"));
        Person ben = Person.user("ben");
        api.call(ben, "POST /programs/{programId}/registrations", in, signUp("mentee"));

        Response erased = api.call(ana, "DELETE /me", Map.of(), null);
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(1, erased.body().get("registrationsRemoved").asInt());
        assertEquals(1, erased.body().get("coordinatorRolesRemoved").asInt());

        assertEquals(404, api.call(ana, "GET /programs/{programId}/registrations/me", in, null).status());
        assertEquals(404, api.call(admin, "GET /programs/{programId}/registrations/{userId}", Map.of("programId", program, "userId", "ana"), null).status());
        JsonNode listed = api.call(admin, "GET /programs/{programId}/registrations", in, Map.of("limit", "100"), null).body();
        listed.get("items").forEach(r -> assertFalse(r.get("userId").asText().equals("ana")));
        JsonNode coordinatedProgram = api.call(admin, "GET /programs/{programId}", Map.of("programId", coordinated), null).body();
        assertEquals(List.of("coord-1"), List.of(coordinatedProgram.get("coordinators").get(0).asText()));
        assertEquals(1, coordinatedProgram.get("coordinators").size());
        assertEquals(10, coordinatedProgram.get("reminders").get("inactivityDays").asInt(), "the program's other settings stay");
        JsonNode export = api.call(ana, "GET /me/export", Map.of(), null).body();
        assertEquals(0, export.get("registrations").size());
        assertEquals(0, export.get("coordinatedPrograms").size());
        assertEquals(200, api.call(ana, "GET /programs/{programId}", Map.of("programId", coordinated), null).status(),
                "an open program stays visible to everyone");

        assertEquals("registered", api.call(ben, "GET /programs/{programId}/registrations/me", in, null).body().get("status").asText(),
                "ana's place went to the waitlist");
        assertEquals(403, api.call(ana, "PATCH /programs/{programId}", Map.of("programId", coordinated), Map.of("name", "x")).status());
    }
}
