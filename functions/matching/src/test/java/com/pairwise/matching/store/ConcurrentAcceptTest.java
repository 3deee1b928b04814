package com.pairwise.matching.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.matching.TestTables;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestOrigin;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A mentor's capacity holds when many accepts land at the same instant. */
class ConcurrentAcceptTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void fiftySimultaneousAcceptsAtACapacityOfTwoStartExactlyTwoRelationships() throws Exception {
        PairwiseTable table = TestTables.fresh();
        MatchRequestStore requests = new MatchRequestStore(table);
        RelationshipStore relationships = new RelationshipStore(table);
        List<MatchRequest> pending = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pending.add(requests.create(new MatchRequest("req_" + i, "prg_1", "mentee-" + i, "mentor", MatchRequestOrigin.MENTEE,
                    MatchRequestStatus.PENDING, 10, List.of(), null, NOW, NOW.plus(Duration.ofDays(14)), null, null), NOW));
        }

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (MatchRequest request : pending) {
            outcomes.add(pool.submit(() -> {
                start.await();
                Relationship r = new Relationship("rel_" + request.id(), "prg_1", "mentor", List.of(request.menteeId()),
                        ProgramFormat.ONE_TO_ONE, RelationshipStatus.ACTIVE, NOW, null, null, List.of());
                try {
                    requests.accept(request, r, false, null, 2, List.of(), NOW);
                    return "accepted";
                } catch (ConflictException e) {
                    return e.code();
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<String> outcome : outcomes) {
            String code = outcome.get(120, TimeUnit.SECONDS);
            if (code.equals("accepted")) {
                accepted++;
            } else {
                assertEquals("mentor-full", code);
            }
        }
        pool.shutdown();
        assertEquals(2, accepted);
        assertEquals(2, relationships.byProgram("prg_1").size(), "exactly two relationships are stored");
        assertEquals(2, relationships.byUser("mentor").size());
        assertEquals(2, relationships.mentorLoad("prg_1", "mentor"));
        long stillPending = requests.byMentor("mentor", "prg_1").stream().filter(r -> r.status() == MatchRequestStatus.PENDING).count();
        assertEquals(48, stillPending, "refused accepts leave their requests pending");
    }
}
