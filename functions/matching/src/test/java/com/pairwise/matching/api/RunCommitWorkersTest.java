package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.MatchingHandler;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.matching.RecordingPublisher.Published;
import com.pairwise.matching.domain.CommitPacing;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.RunPairMark;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A large commit goes in chunks across several job invocations; workers racing on one run, redeliveries and a
 * worker that died between starting pairs and saving its position never start a pair twice or overfill a mentor.
 */
class RunCommitWorkersTest {
    private static final CommitPacing SMALL = new CommitPacing(4, 8);

    private final MatchingHarness api = new MatchingHarness(SMALL);
    private final Program program = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
    private final Person coord = Person.user("coord");
    private final RelationshipStore relationships = new RelationshipStore(api.table);

    /** {@code mentors} mentors of capacity 2 and twice as many mentees, all of whom fit. */
    private String previewed(int mentors) {
        for (int i = 0; i < mentors; i++) {
            api.mentor(program, "m" + i, 2, "Sales");
            api.mentee(program, "a" + i, "Sales");
            api.mentee(program, "b" + i, "Sales");
        }
        String runId = api.call(coord, "POST /programs/{programId}/matching-runs", Map.of("programId", program.id()), null)
                .body().get("id").asText();
        api.deliverJobs();
        assertEquals(2 * mentors, run(runId).get("matched").asInt());
        return runId;
    }

    private JsonNode run(String runId) {
        return api.call(coord, "GET /matching-runs/{runId}", Map.of("runId", runId), null).body();
    }

    private Published commitRequested(String runId) {
        Response r = api.call(coord, "POST /matching-runs/{runId}/commit", Map.of("runId", runId), null);
        assertEquals(202, r.status(), r.toString());
        List<Published> jobs = api.events.ofType("MatchingRunCommitRequested");
        return jobs.get(jobs.size() - 1);
    }

    private void assertEachPairStartedOnceWithinCapacity(int pairs) {
        List<Relationship> all = relationships.byProgram(program.id());
        assertEquals(pairs, all.size());
        assertEquals(pairs, all.stream().map(r -> r.menteeIds().get(0)).distinct().count(), "no mentee twice");
        Map<String, Integer> loads = relationships.mentorLoads(program.id());
        loads.values().forEach(load -> assertTrue(load <= 2, "capacity 2 exceeded: " + loads));
        assertEquals(pairs, loads.values().stream().mapToInt(Integer::intValue).sum());
        // Events are at least once (a job's outbox drain may resend one being published), relationships exactly once.
        assertEquals(pairs, api.events.ofType("RelationshipStarted").stream().map(e -> e.detail().get("relationshipId").asText())
                .distinct().count());
    }

    @Test
    void aLargeCommitGoesInChunksAndQueuesItsOwnContinuation() {
        String runId = previewed(10);
        Published first = commitRequested(runId);
        api.invoke(MatchingHarness.busEvent(first));

        JsonNode midway = run(runId);
        assertEquals("committing", midway.get("status").asText(), midway.toString());
        assertEquals(8, midway.get("commit").get("done").asInt(), "one invocation does pairsPerJob pairs");
        assertEquals(8, midway.get("commit").get("committed").asInt());
        assertEquals(20, midway.get("commit").get("toCommit").asInt());
        assertEquals("commit", midway.get("progress").get("phase").asText());
        assertEquals(8, midway.get("progress").get("done").asLong());
        assertEquals(20, midway.get("progress").get("total").asLong());
        assertEquals(2, api.events.ofType("MatchingRunCommitRequested").size(), "the continuation is queued");

        api.invoke(MatchingHarness.busEvent(first));
        assertEquals(16, run(runId).get("commit").get("done").asInt(), "a redelivered first event carries on from the saved position");
        assertEquals(16, relationships.byProgram(program.id()).size());

        api.deliverJobs();
        JsonNode done = run(runId);
        assertEquals("committed", done.get("status").asText(), done.toString());
        assertEquals(20, done.get("commit").get("committed").asInt());
        assertEquals(0, done.get("commit").get("failed").asInt());
        assertEachPairStartedOnceWithinCapacity(20);
        assertEquals(20, api.metricTotal(BusinessMetrics.MATCH_CREATED), "the redelivered event started nothing twice, so counted nothing twice");
        api.metricLines(BusinessMetrics.MATCH_CREATED).forEach(l -> assertEquals(runId, l.get("correlationId").asText()));
    }

    @Test
    void twoWorkersOnOneRunStartEachPairOnce() throws Exception {
        String runId = previewed(15);
        ObjectNode job = MatchingHarness.busEvent(commitRequested(runId));
        CommitPacing wholeRunPerJob = new CommitPacing(4, 1_000);
        List<MatchingHandler> containers = List.of(api.secondContainer(wholeRunPerJob), api.secondContainer(wholeRunPerJob));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = containers.stream().map(h -> pool.submit(() -> {
                go.await();
                return MatchingHarness.invoke(h, job);
            })).toList();
            go.countDown();
            for (Future<Response> a : answers) {
                assertEquals(0, a.get().status(), "a job answers {}");
            }
        } finally {
            pool.shutdownNow();
        }
        api.deliverJobs();
        JsonNode done = run(runId);
        assertEquals("committed", done.get("status").asText(), done.toString());
        assertEquals(30, done.get("commit").get("committed").asInt(), "each chunk counted once: " + done.get("commit"));
        assertEquals(0, done.get("commit").get("failed").asInt());
        assertEachPairStartedOnceWithinCapacity(30);
        assertEquals(30, api.metricTotal(BusinessMetrics.MATCH_CREATED), "each worker counts only the pairs it started");
    }

    @Test
    void aWorkerThatDiedAfterStartingPairsIsResumedWithoutStartingThemAgain() {
        String runId = previewed(3);
        Published job = commitRequested(runId);
        String commitId = job.detail().get("commitId").asText();
        // What a worker that died mid-chunk left: p1 and p2 started and marked, its position never saved.
        Map<String, JsonNode> pairs = new HashMap<>();
        run(runId).get("pairs").forEach(p -> pairs.put(p.get("pairId").asText(), p));
        for (String pairId : List.of("p1", "p2")) {
            JsonNode p = pairs.get(pairId);
            Relationship r = new Relationship("rel_dead_" + pairId, program.id(), p.get("mentorId").asText(),
                    List.of(p.get("menteeId").asText()), ProgramFormat.ONE_TO_ONE, RelationshipStatus.ACTIVE, api.clock.instant(),
                    null, null, List.of());
            relationships.start(r, 2, List.of(), new RunPairMark(runId, commitId, pairId));
        }
        assertEquals(0, run(runId).get("commit").get("done").asInt());

        api.invoke(MatchingHarness.busEvent(job)); // the bus's retry
        api.deliverJobs();
        JsonNode done = run(runId);
        assertEquals("committed", done.get("status").asText(), done.toString());
        assertEquals(6, done.get("commit").get("committed").asInt(), "the dead worker's pairs count as committed");
        assertEquals(0, done.get("commit").get("failed").asInt());
        assertEquals(6, relationships.byProgram(program.id()).size());
        assertEquals(4, api.events.ofType("RelationshipStarted").size(), "only the four it started itself");
        assertEquals(4, api.metricTotal(BusinessMetrics.MATCH_CREATED), "nor counts the dead worker's pairs");
        done.get("pairs").forEach(p -> assertTrue(p.get("committed").asBoolean(), p.toString()));
    }
}
