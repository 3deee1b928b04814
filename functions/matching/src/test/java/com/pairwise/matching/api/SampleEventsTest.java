package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.matching.RecordingPublisher.Published;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The samples in events/matching are real events: each runs through the handler, and the published ones match them. */
class SampleEventsTest {
    private final MatchingHarness api = new MatchingHarness();

    private Response run(String name, Map<String, String> placeholders) throws Exception {
        String text = Json.MAPPER.writeValueAsString(MatchingHarness.sampleEvent(name));
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            text = text.replace(p.getKey(), p.getValue());
        }
        return api.invoke(Json.MAPPER.readTree(text));
    }

    @Test
    void theSelfMatchingSamplesWalkThroughARelationship() throws Exception {
        Program p = api.evergreen(ProgramFormat.ONE_TO_ONE);
        api.mentor(p, "demo-mentor-1", 2, "Negotiation");
        api.mentee(p, "demo-mentee-1", "Negotiation");
        Map<String, String> ids = new java.util.HashMap<>(Map.of("PROGRAM_ID", p.id()));

        assertEquals("demo-mentor-1", run("get-suggestions.json", ids).body().get("items").get(0).get("userId").asText());
        Response asked = run("create-match-request.json", ids);
        assertEquals(201, asked.status(), asked.toString());
        ids.put("REQUEST_ID", asked.body().get("id").asText());
        Response accepted = run("accept-match-request.json", ids);
        assertEquals(201, accepted.status(), accepted.toString());
        ids.put("RELATIONSHIP_ID", accepted.body().get("id").asText());
        assertEquals(200, run("get-relationship.json", ids).status());
        assertEquals(1, run("get-my-relationships.json", ids).body().get("items").size());
        assertEquals(409, run("decline-match-request.json", ids).status(), "answered already");
        assertEquals("ended", run("end-relationship.json", ids).body().get("status").asText());

        sameShape("match-requested.json", api.events.ofType("MatchRequested").get(0));
        sameShape("relationship-started.json", api.events.ofType("RelationshipStarted").get(0));
        sameShape("relationship-ended.json", api.events.ofType("RelationshipEnded").get(0));
    }

    @Test
    void theBulkSamplesQueueRunAndCommit() throws Exception {
        Program p = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "demo-coordinator");
        api.mentor(p, "demo-mentor-2", 1, "Sales");
        api.mentee(p, "demo-mentee-2", "Sales");
        Map<String, String> ids = new java.util.HashMap<>(Map.of("PROGRAM_ID", p.id()));
        Response queued = run("start-matching-run.json", ids);
        assertEquals(202, queued.status(), queued.toString());
        ids.put("RUN_ID", queued.body().get("id").asText());
        run("matching-run-requested.json", ids);
        assertEquals("preview", run("get-matching-run.json", ids).body().get("status").asText());
        Response committing = run("commit-matching-run.json", ids);
        assertEquals(202, committing.status(), committing.toString());
        ids.put("COMMIT_ID", committing.body().get("commit").get("id").asText());
        run("matching-run-commit-requested.json", ids);
        JsonNode committed = run("get-matching-run.json", ids).body();
        assertEquals("committed", committed.get("status").asText(), committed.toString());
        assertEquals(1, committed.get("commit").get("committed").asInt());
        sameShape("matching-run-requested.json", api.events.ofType("MatchingRunRequested").get(0));
        sameShape("matching-run-commit-requested.json", api.events.ofType("MatchingRunCommitRequested").get(0));
    }

    @Test
    void theManualPairingSampleNeedsACoordinator() throws Exception {
        Program p = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "demo-coordinator");
        api.mentor(p, "demo-mentor-2", 1, "Sales");
        api.mentee(p, "demo-mentee-2", "Sales");
        assertEquals(201, run("pair-manually.json", Map.of("PROGRAM_ID", p.id())).status());
    }

    /** The published detail has exactly the fields of the sample's detail, so subscribers can code against the sample. */
    private static void sameShape(String sample, Published published) {
        JsonNode expected = MatchingHarness.sampleEvent(sample);
        assertEquals(expected.get("source").asText(), published.source());
        assertEquals(expected.get("detail-type").asText(), published.detailType());
        java.util.Set<String> want = new java.util.TreeSet<>();
        java.util.Set<String> got = new java.util.TreeSet<>();
        expected.get("detail").fieldNames().forEachRemaining(want::add);
        Iterator<String> names = published.detail().fieldNames();
        names.forEachRemaining(got::add);
        assertEquals(want, got, sample);
        assertTrue(published.detail().size() > 0);
    }
}
