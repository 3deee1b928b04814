package com.pairwise.matching.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.matching.TestTables;
import com.pairwise.shared.model.MatchingRun;
import com.pairwise.shared.model.MatchingRunStatus;
import com.pairwise.shared.model.ProposedPair;
import com.pairwise.shared.model.UnmatchedPerson;
import com.pairwise.shared.store.MatchingRunStore;
import com.pairwise.shared.store.MatchingRunStore.RunResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large result is split over several items (DynamoDB's 400 KB limit) and read back whole, in order. */
class MatchingRunStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aLargeResultIsStoredInChunksAndReadBackIntact() {
        MatchingRunStore runs = new MatchingRunStore(TestTables.fresh());
        runs.create(MatchingRun.queued("run_1", "prg_1", "coord", T0), List.of());
        assertTrue(runs.start("run_1", T0, T0.minusSeconds(600)));
        assertEquals(false, runs.start("run_1", T0.plusSeconds(60), T0.minusSeconds(540)), "only one delivery runs the job");
        runs.progress("run_1", "candidates", 1, 10, T0.plusSeconds(120));
        assertEquals(false, runs.start("run_1", T0.plusSeconds(700), T0.plusSeconds(100)), "a job that reports is alive");
        assertTrue(runs.start("run_1", T0.plusSeconds(800), T0.plusSeconds(200)), "a job silent for too long is taken over");
        List<ProposedPair> pairs = new ArrayList<>();
        String reason = "offers Negotiation, which you want to develop; ".repeat(8);
        for (int i = 1; i <= 4000; i++) {
            pairs.add(new ProposedPair("p" + i, "mentor-" + i, "mentee-" + i, i, List.of(reason, "speaks Spanish like you")));
        }
        List<UnmatchedPerson> unmatched = List.of(new UnmatchedPerson("x", "language", "no mentor shares a language with you"));
        runs.progress("run_1", "flow", 10, 10, T0);
        runs.finish("run_1", new RunResult(pairs, unmatched), 123, T0);

        MatchingRun run = runs.get("run_1").orElseThrow();
        assertEquals(MatchingRunStatus.PREVIEW, run.status());
        assertEquals(4000, run.matched());
        assertTrue(run.chunks() >= 6, "about 2 MB of pairs need several items: " + run.chunks());
        RunResult back = runs.result("run_1");
        assertEquals(pairs, back.pairs());
        assertEquals(unmatched, back.unmatched());
        assertEquals("flow", run.phase());
    }
}
