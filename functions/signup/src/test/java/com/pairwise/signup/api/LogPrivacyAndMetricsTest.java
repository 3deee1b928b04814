package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import com.pairwise.signup.SignupHarness;
import com.pairwise.testing.LogLines;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the signup function writes to its log: one JSON line per request, business metrics, and no personal data. */
class LogPrivacyAndMetricsTest {
    private static final String NAME = "Zoe Quintana-Oyelaran";
    private static final String GOALS = "Speak with confidence at the Lisbon all-hands";
    private static final String PROGRAM_NAME = "Quiet Leaders Circle";
    private static final String DESCRIPTION = "Mentoring for first-time managers in the finance team";

    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin-1");
    private final Person zoe = new Person("zoe", "zoe.quintana@example.org", List.of());
    private final Person ben = new Person("ben", "ben.okafor@example.org", List.of());

    private List<JsonNode> logLines() {
        return LogLines.parse(api.log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWholeSignUpFlowLogsNoNamesEmailsOrFreeTextButCountsRegistrations() {
        Map<String, Object> body = with(with(with(program(), "name", PROGRAM_NAME), "description", DESCRIPTION), "menteeCap", 1);
        Response created = api.call(admin, "POST /programs", Map.of(), body);
        assertEquals(201, created.status(), created.toString());
        Map<String, String> in = Map.of("programId", created.body().get("id").asText());

        Map<String, Object> zoeSignUp = with(with(signUp("mentee"), "displayName", NAME), "goals", GOALS);
        assertEquals("registered", api.call(zoe, "POST /programs/{programId}/registrations", in, zoeSignUp).body().get("status").asText());
        Response waitlisted = api.call(ben, "POST /programs/{programId}/registrations", in, with(signUp("mentee"), "displayName", "Ben Okafor"));
        assertEquals("waitlisted", waitlisted.body().get("status").asText(), waitlisted.toString());
        assertEquals(409, api.call(zoe, "POST /programs/{programId}/registrations", in, zoeSignUp).status());
        assertEquals(400, api.call(zoe, "PATCH /programs/{programId}/registrations/me", in,
                Map.of("email", "zoe at example dot org", "displayName", NAME + " (edited)")).status());
        assertEquals(200, api.call(zoe, "PATCH /programs/{programId}/registrations/me", in, Map.of("goals", GOALS + " in 2027")).status());
        assertEquals(200, api.call(admin, "GET /programs/{programId}/registrations", in, null).status());
        assertEquals(200, api.call(zoe, "GET /me/export", Map.of(), null).status());
        assertEquals(200, api.call(zoe, "DELETE /me", Map.of(), null).status());

        String log = api.log.toString(StandardCharsets.UTF_8);
        for (String personal : List.of(NAME, "Zoe", "Quintana", GOALS, "Lisbon", "zoe.quintana@example.org", "zoe.quintana",
                "ben.okafor@example.org", "Ben Okafor", PROGRAM_NAME, DESCRIPTION, "zoe at example dot org")) {
            assertFalse(log.contains(personal), () -> "'" + personal + "' in log:\n" + log);
        }

        List<JsonNode> lines = logLines();
        List<JsonNode> requests = lines.stream().filter(l -> l.has("status")).toList();
        assertEquals(9, requests.size(), log);
        requests.forEach(l -> {
            assertEquals("signup", l.get("function").asText());
            assertEquals(l.get("requestId").asText(), l.get("correlationId").asText(), "no header: the request id");
        });
        List<String> metrics = lines.stream().filter(l -> l.has("_aws"))
                .map(l -> l.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").get(0).get("Name").asText()).toList();
        assertEquals(List.of("RegistrationCreated", "RegistrationWaitlisted"), metrics);
    }

    @Test
    void theCallersCorrelationIdIsLoggedAndEchoed() {
        ObjectNode event = SignupHarness.sampleEvent("no-identity.json");
        ((ObjectNode) event.get("headers")).put("x-correlation-id", "web-4711");
        Response r = api.invoke(event);
        assertEquals(401, r.status());
        assertEquals("web-4711", r.headers().path("x-correlation-id").asText());
        assertTrue(logLines().stream().anyMatch(l -> "web-4711".equals(l.path("correlationId").asText())));
    }

    /** The check every harness call makes really fails when personal data is logged. */
    @Test
    void thePerCallPrivacyCheckCatchesALeak() {
        ObjectNode event = SignupHarness.sampleEvent("register-mentee.json");
        List<String> personal = SignupHarness.personalData(event);
        assertTrue(personal.containsAll(List.of("mentee1@example.com", "Ana Souza", "Lead my first team with confidence.")), personal.toString());
        SignupHarness.assertNoPersonalData("{\"route\":\"POST /programs/{programId}/registrations\",\"status\":201}", personal);
        assertThrows(AssertionError.class, () -> SignupHarness.assertNoPersonalData("{\"user\":\"Ana Souza\"}", personal));
        assertThrows(AssertionError.class, () -> SignupHarness.assertNoPersonalData("mail=mentee1@example.com", personal));
    }
}
