package com.pairwise.matching.api;

import static com.pairwise.matching.api.SelfMatchingApiTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PersonErased through the handler reaches the program's matching runs: previews, commit plans and failures name the
 * pseudonym, never the person, and say nothing about them; a second delivery changes nothing.
 */
class RunErasureTest {
    private static final String ANA = "ana-7q";
    private static final String PSEUDONYM = "erased_h7w2c9q4m1x8z5v3k6bt";

    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
    private final Map<String, String> in = Map.of("programId", program.id());
    private final Person coord = Person.user("coord");

    private void people(List<String> anasLanguages) {
        api.mentor(program, "mia", 1, "Negotiation");
        api.mentor(program, "bea", 1, "Sales");
        api.register(program, ANA, Role.MENTEE, new Profile("Anastasia Quist", "aq@example.com", anasLanguages, "Europe/Madrid",
                "ES", "EMEA", "Sales", "junior", List.of(), List.of("Negotiation"), "negotiation with quistian rigour", List.of("chess"), null));
        api.mentee(program, "cy", "Sales");
    }

    private String previewed() {
        Response started = api.call(coord, "POST /programs/{programId}/matching-runs", in, null);
        assertEquals(202, started.status(), started.toString());
        String runId = started.body().get("id").asText();
        ObjectNode job = MatchingHarness.sampleEvent("matching-run-requested.json");
        ((ObjectNode) job.get("detail")).put("runId", runId);
        api.invoke(job);
        assertEquals("preview", run(runId).get("status").asText());
        return runId;
    }

    private Response commit(String runId, Object body) {
        return api.call(coord, "POST /matching-runs/{runId}/commit", Map.of("runId", runId), body);
    }

    private JsonNode run(String runId) {
        Response r = api.call(coord, "GET /matching-runs/{runId}", Map.of("runId", runId), null);
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    private void erase() throws Exception {
        String text = Json.MAPPER.writeValueAsString(MatchingHarness.sampleEvent("person-erased.json"))
                .replace("PERSON_ID", ANA).replace("PROGRAM_ID", program.id()).replace("RELATIONSHIP_ID", "rel_none");
        assertEquals(0, api.invoke(Json.MAPPER.readTree(text)).status());
    }

    private static void assertNothingOfAna(JsonNode run) {
        String text = run.toString().toLowerCase();
        assertFalse(text.contains(ANA) || text.contains("anastasia") || text.contains("quist"), text);
    }

    private static JsonNode pairOf(JsonNode run, String menteeId) {
        for (JsonNode p : run.get("pairs")) {
            if (p.get("menteeId").asText().equals(menteeId)) {
                return p;
            }
        }
        throw new AssertionError("no pair for " + menteeId + " in " + run);
    }

    @Test
    void aPreviewAndAPartlyCommittedRunNameOnlyThePseudonymAndASecondDeliveryChangesNothing() throws Exception {
        people(List.of("en"));
        String committing = previewed();
        assertEquals(202, commit(committing, Map.of("menteeIds", List.of("cy"))).status());
        api.deliverJobs();
        // The rest (Ana's pair) is planned but its job has not run yet.
        Response rest = commit(committing, null);
        assertEquals(202, rest.status(), rest.toString());
        String preview = previewed();
        assertTrue(run(preview).toString().contains(ANA), "the preview names Ana before the erasure");
        assertTrue(pairOf(run(preview), ANA).get("reasons").size() > 0);

        erase();

        JsonNode seen = run(preview);
        assertNothingOfAna(seen);
        JsonNode hers = pairOf(seen, PSEUDONYM);
        assertEquals("mia", hers.get("mentorId").asText());
        assertEquals(0, hers.get("reasons").size(), "the reasons quote her goals and wishes");
        JsonNode partly = run(committing);
        assertNothingOfAna(partly);
        assertEquals(0, pairOf(partly, PSEUDONYM).get("reasons").size());
        assertTrue(pairOf(partly, "cy").get("reasons").size() > 0, "the other pair keeps its reasons");
        assertTrue(pairOf(partly, "cy").get("committed").asBoolean());

        erase();
        assertEquals(seen, run(preview));
        assertEquals(partly, run(committing));
        assertTrue(api.log.toString().contains("\"runItemsPseudonymised\":0"), "a redelivery rewrites nothing");

        // The planned commit goes on without her: her pair cannot start, and the failure names the pseudonym only.
        api.deliverJobs();
        JsonNode after = run(committing);
        assertEquals("committed", after.get("status").asText(), after.toString());
        assertEquals(1, after.get("commit").get("failed").asInt(), after.toString());
        assertEquals(PSEUDONYM, after.get("commit").get("failures").get(0).get("menteeId").asText());
        assertNothingOfAna(after);
    }

    @Test
    void herUnmatchedEntryLosesHerIdAndTheWordsAboutHer() throws Exception {
        people(List.of("fr"));
        String runId = previewed();
        JsonNode before = run(runId);
        assertEquals(List.of(ANA), ids(before.get("unmatched"), "userId"), before.toString());

        erase();

        JsonNode seen = run(runId);
        assertNothingOfAna(seen);
        JsonNode unmatched = seen.get("unmatched").get(0);
        assertEquals(PSEUDONYM, unmatched.get("userId").asText());
        assertEquals("language", unmatched.get("rule").asText());
        assertEquals("participant-erased", unmatched.get("reason").asText(), "the reason was written about her");
        erase();
        assertEquals(seen, run(runId));
    }

    @Test
    void aCommitFailureOfHerPairNamesThePseudonymWithoutItsWords() throws Exception {
        people(List.of("en"));
        String runId = previewed();
        // Mia fills before the commit, so Ana's pair fails (and Cy's does not).
        api.mentee(program, "late", "Negotiation");
        assertEquals(201, api.call(coord, "POST /programs/{programId}/relationships", in, Map.of("mentorId", "mia", "menteeId", "late")).status());
        assertEquals(202, commit(runId, null).status());
        api.deliverJobs();
        JsonNode failure = run(runId).get("commit").get("failures").get(0);
        assertEquals(ANA, failure.get("menteeId").asText(), failure.toString());

        erase();

        JsonNode seen = run(runId);
        assertNothingOfAna(seen);
        JsonNode erased = seen.get("commit").get("failures").get(0);
        assertEquals(PSEUDONYM, erased.get("menteeId").asText());
        assertEquals("mia", erased.get("mentorId").asText());
        assertEquals(failure.get("code"), erased.get("code"));
        assertEquals("participant-erased", erased.get("reason").asText());
        assertTrue(pairOf(seen, "cy").get("committed").asBoolean());
        erase();
        assertEquals(seen, run(runId));
    }
}
