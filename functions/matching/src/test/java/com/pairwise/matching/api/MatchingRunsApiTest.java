package com.pairwise.matching.api;

import static com.pairwise.matching.api.SelfMatchingApiTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.WaitlistStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A coordinator previews bulk matching asynchronously, then commits it in part and whole, in the background too. */
class MatchingRunsApiTest {
    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
    private final Map<String, String> in = Map.of("programId", program.id());
    private final Person coord = Person.user("coord");

    private Response start() {
        return api.call(coord, "POST /programs/{programId}/matching-runs", in, null);
    }

    private Response get(String runId) {
        return api.call(coord, "GET /matching-runs/{runId}", Map.of("runId", runId), null);
    }

    private Response commit(Person who, String runId, Object body) {
        return api.call(who, "POST /matching-runs/{runId}/commit", Map.of("runId", runId), body);
    }

    /** Delivers the job event as EventBridge would, from the sample in events/matching. */
    private void deliver(String runId) {
        ObjectNode event = MatchingHarness.sampleEvent("matching-run-requested.json");
        ((ObjectNode) event.get("detail")).put("runId", runId);
        Response r = api.invoke(event);
        assertEquals(0, r.status(), "a job answers {} rather than an HTTP response");
    }

    private void people() {
        api.mentor(program, "ana", 1, "Negotiation");
        api.mentor(program, "bea", 1, "Sales");
        api.mentee(program, "bo", "Negotiation");
        api.mentee(program, "cy", "Sales");
        api.register(program, "fr", Role.MENTEE, new Profile("Fr", "fr@example.com", List.of("fr"), "Europe/Paris", "FR", null,
                null, "junior", List.of(), List.of("Sales"), null, List.of(), null));
    }

    @Test
    void aRunIsQueuedThenPreviewedWithReasonsAndTheUnmatchedRule() {
        people();
        Response started = start();
        assertEquals(202, started.status(), started.toString());
        String runId = started.body().get("id").asText();
        assertEquals("queued", started.body().get("status").asText());
        assertEquals("/matching-runs/" + runId, started.headers().get("location").asText());
        assertEquals(1, api.events.ofType("MatchingRunRequested").size());
        assertEquals(runId, api.events.ofType("MatchingRunRequested").get(0).detail().get("runId").asText());
        assertEquals("queued", get(runId).body().get("status").asText());

        deliver(runId);
        JsonNode run = get(runId).body();
        assertEquals("preview", run.get("status").asText(), run.toString());
        assertEquals(2, run.get("matched").asInt());
        assertEquals(List.of("ana", "bea"), ids(run.get("pairs"), "mentorId"));
        assertEquals(List.of("bo", "cy"), ids(run.get("pairs"), "menteeId"));
        assertEquals(List.of("p1", "p2"), ids(run.get("pairs"), "pairId"));
        assertTrue(run.get("pairs").get(0).get("reasons").toString().contains("Negotiation"));
        assertEquals("fr", run.get("unmatched").get(0).get("userId").asText());
        assertEquals("language", run.get("unmatched").get(0).get("rule").asText());
        assertTrue(run.get("progress").get("total").asLong() > 0, run.toString());
        assertEquals(run.get("progress").get("total").asLong(), run.get("progress").get("done").asLong());

        deliver(runId);
        assertEquals("preview", get(runId).body().get("status").asText(), "a redelivered job event changes nothing");
    }

    @Test
    void commitInPartThenWholeRunsInTheBackgroundStartsEachPairOnceAndWaitlistsTheUnmatched() {
        people();
        String runId = start().body().get("id").asText();
        assertEquals("run-not-ready", commit(coord, runId, null).code());
        deliver(runId);

        assertEquals(403, commit(Person.user("bo"), runId, null).status());
        assertEquals(403, api.call(Person.user("bo"), "GET /matching-runs/{runId}", Map.of("runId", runId), null).status());
        assertEquals(List.of("pairIds[0]"), commit(coord, runId, Map.of("pairIds", List.of("p9"))).errorFields());
        assertEquals(List.of("menteeIds"), commit(coord, runId, Map.of("pairIds", List.of("p1"), "menteeIds", List.of("bo"))).errorFields());

        Response part = commit(coord, runId, Map.of("menteeIds", List.of("bo")));
        assertEquals(202, part.status(), part.toString());
        assertEquals("committing", part.body().get("status").asText());
        assertEquals("/matching-runs/" + runId, part.headers().get("location").asText());
        assertEquals(1, part.body().get("commit").get("toCommit").asInt());
        assertEquals(0, part.body().get("commit").get("committed").asInt());
        assertEquals(0, api.events.ofType("RelationshipStarted").size(), "nothing starts inside the request");
        Response second = commit(coord, runId, null);
        assertEquals(409, second.status(), second.toString());
        assertEquals("commit-in-progress", second.code());

        api.deliverJobs();
        JsonNode after = get(runId).body();
        assertEquals("committed", after.get("status").asText(), after.toString());
        assertEquals(1, after.get("commit").get("committed").asInt());
        assertEquals(1, after.get("commit").get("done").asInt());
        assertEquals(0, after.get("commit").get("failed").asInt());
        assertEquals(1, after.get("commit").get("waitlisted").asInt(), "fr, whom no mentor fits");
        assertTrue(after.get("commit").get("finishedAt").isTextual());
        assertTrue(after.get("pairs").get(0).get("committed").asBoolean());
        assertTrue(!after.get("pairs").get(1).get("committed").asBoolean());

        Response rest = commit(coord, runId, null);
        assertEquals(202, rest.status(), rest.toString());
        assertEquals(1, rest.body().get("commit").get("toCommit").asInt(), "p1 was committed before: only p2 is left");
        api.deliverJobs();
        JsonNode whole = get(runId).body();
        assertEquals(1, whole.get("commit").get("committed").asInt(), whole.toString());
        assertTrue(whole.get("pairs").get(1).get("committed").asBoolean());
        assertEquals(2, api.events.ofType("RelationshipStarted").size());

        // Every job event delivered again, as an at-least-once bus may: nothing starts twice.
        api.events.ofType("MatchingRunCommitRequested").forEach(e -> api.invoke(MatchingHarness.busEvent(e)));
        assertEquals(2, api.events.ofType("RelationshipStarted").size());
        assertEquals(2, new RelationshipStore(api.table).byProgram(program.id()).size());
        List<WaitlistStore.Waiting> waiting = new WaitlistStore(api.table).list(program.id());
        assertEquals(1, waiting.size());
        assertEquals("language", waiting.get(0).rule());
        assertEquals("no mentor shares a language with you", waiting.get(0).reason());
    }

    @Test
    void aPairWhoseMentorFilledMeanwhileIsReportedAsFailedAndTheMenteeWaits() {
        people();
        String runId = start().body().get("id").asText();
        deliver(runId);
        api.mentee(program, "late", "Sales");
        assertEquals(201, api.call(coord, "POST /programs/{programId}/relationships", in, Map.of("mentorId", "bea", "menteeId", "late")).status());
        assertEquals(202, commit(coord, runId, null).status());
        api.deliverJobs();
        JsonNode c = get(runId).body().get("commit");
        assertEquals(1, c.get("committed").asInt(), c.toString());
        assertEquals(1, c.get("failed").asInt());
        assertEquals("p2", c.get("failures").get(0).get("pairId").asText());
        assertEquals("cy", c.get("failures").get(0).get("menteeId").asText());
        assertEquals("mentor-full", c.get("failures").get(0).get("code").asText());
        assertEquals(2, c.get("waitlisted").asInt());
        assertEquals(List.of("cy", "fr"), new WaitlistStore(api.table).list(program.id()).stream()
                .map(WaitlistStore.Waiting::userId).sorted().toList());
    }

    @Test
    void peersAreMatchedWithEachOther() {
        Program peers = api.program(ProgramKind.COHORT, ProgramFormat.PEER, MatchingSettings.DEFAULTS, "coord");
        for (String p : List.of("a", "b", "c", "d")) {
            api.register(peers, p, Role.PEER, MatchingHarness.profile("Peer " + p, "mid", List.of("Sales"), List.of("Sales"), null));
        }
        String runId = api.call(coord, "POST /programs/{programId}/matching-runs", Map.of("programId", peers.id()), null).body().get("id").asText();
        deliver(runId);
        JsonNode run = get(runId).body();
        assertEquals(2, run.get("matched").asInt(), run.toString());
        assertEquals(202, commit(coord, runId, null).status());
        api.deliverJobs();
        JsonNode committed = get(runId).body();
        assertEquals(2, committed.get("commit").get("committed").asInt(), committed.toString());
        assertEquals(2, new RelationshipStore(api.table).byProgram(peers.id()).size());
    }

    @Test
    void aCommitWhoseJobDiedIsTakenOverByTheNextRequestOnceStale() {
        people();
        String runId = start().body().get("id").asText();
        deliver(runId);
        String first = commit(coord, runId, null).body().get("commit").get("id").asText();
        api.clock.advance(Duration.ofMinutes(5));
        assertEquals("commit-in-progress", commit(coord, runId, null).code(), "a job that may still be alive is left alone");
        api.clock.advance(Duration.ofMinutes(6));
        Response again = commit(coord, runId, null);
        assertEquals(202, again.status(), again.toString());
        String second = again.body().get("commit").get("id").asText();
        assertTrue(!first.equals(second));
        api.deliverJobs();
        JsonNode c = get(runId).body().get("commit");
        assertEquals(second, c.get("id").asText());
        assertEquals(2, c.get("committed").asInt(), c.toString());
        assertEquals(2, api.events.ofType("RelationshipStarted").size(), "the superseded job's event did nothing");
    }

    @Test
    void onlyCoordinatorsStartRunsAndUnknownRunsAreNotFound() {
        assertEquals(403, api.call(Person.user("bo"), "POST /programs/{programId}/matching-runs", in, null).status());
        assertEquals(List.of("objective"), api.call(coord, "POST /programs/{programId}/matching-runs", in, Map.of("objective", "x")).errorFields());
        assertEquals(404, get("run_nope").status());
        assertEquals(404, get("bad id with spaces").status());
    }
}
