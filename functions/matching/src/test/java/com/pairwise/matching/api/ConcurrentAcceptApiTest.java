package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.store.RelationshipStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The mentor's capacity holds through the API when a mentor accepts 50 requests at the same instant. */
class ConcurrentAcceptApiTest {

    @Test
    void fiftySimultaneousAcceptsAtCapacityTwoLeaveExactlyTwoRelationships() throws Exception {
        MatchingHarness api = new MatchingHarness();
        Program program = api.evergreen(ProgramFormat.ONE_TO_ONE);
        api.mentor(program, "ana", 2, "Sales");
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            api.mentee(program, "mentee-" + i, "Sales");
            Response r = api.call(Person.user("mentee-" + i), "POST /programs/{programId}/match-requests",
                    Map.of("programId", program.id()), Map.of("mentorId", "ana"));
            assertEquals(201, r.status(), r.toString());
            requestIds.add(r.body().get("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (String id : requestIds) {
            results.add(pool.submit(() -> {
                start.await();
                return api.call(Person.user("ana"), "POST /match-requests/{requestId}/accept", Map.of("requestId", id), null);
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Response> f : results) {
            Response r = f.get(120, TimeUnit.SECONDS);
            if (r.status() == 201) {
                created++;
            } else {
                assertEquals(409, r.status(), r.toString());
                assertEquals("mentor-full", r.code());
            }
        }
        pool.shutdown();
        assertEquals(2, created);
        RelationshipStore store = new RelationshipStore(api.table);
        assertEquals(2, store.byProgram(program.id()).size());
        assertEquals(2, store.mentorLoad(program.id(), "ana"));
        assertEquals(2, api.events.ofType("RelationshipStarted").size());
        assertEquals(2, api.metricTotal(BusinessMetrics.MATCH_CREATED), "the 48 refused accepts count nothing");
    }
}
