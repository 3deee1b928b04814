package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The mentee cap holds when many people sign up at the same instant. */
class ConcurrentSignUpTest {
    private final SignupHarness api = new SignupHarness();

    @Test
    void fiftySimultaneousSignUpsAtACapOfTenLeaveExactlyTenRegistered() throws Exception {
        Response created = api.call(Person.admin("admin"), "POST /programs", Map.of(), with(program(), "menteeCap", 10));
        String id = created.body().get("id").asText();

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Person person = Person.user("mentee-" + i);
            results.add(pool.submit(() -> {
                start.await();
                return api.call(person, "POST /programs/{programId}/registrations", Map.of("programId", id), signUp("mentee"));
            }));
        }
        start.countDown();
        int registered = 0;
        int waitlisted = 0;
        for (Future<Response> result : results) {
            Response r = result.get(60, TimeUnit.SECONDS);
            assertEquals(201, r.status(), r.toString());
            if (r.body().get("status").asText().equals("registered")) {
                registered++;
            } else {
                waitlisted++;
            }
        }
        pool.shutdown();
        assertEquals(10, registered);
        assertEquals(40, waitlisted);

        Map<String, String> in = Map.of("programId", id);
        JsonNode counts = api.call(Person.admin("admin"), "GET /programs/{programId}/registration-counts", in, null).body();
        assertEquals(10, counts.get("mentees").asInt());
        assertEquals(40, counts.get("waitlisted").asInt());
        assertEquals(50, counts.get("byCountry").get("BR").asInt());
        JsonNode stored = api.call(Person.admin("admin"), "GET /programs/{programId}/registrations", in,
                Map.of("status", "registered", "limit", "100"), null).body();
        assertEquals(10, stored.get("items").size(), "the stored registrations agree with the counters");
    }
}
