package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalEventBusTest {
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    @Test
    void deliversEventBridgeShapedEventsToMatchingRulesOnly() throws Exception {
        List<JsonNode> matching = new CopyOnWriteArrayList<>();
        List<JsonNode> anyFromSignup = new CopyOnWriteArrayList<>();
        List<JsonNode> other = new CopyOnWriteArrayList<>();
        try (LocalEventBus bus = new LocalEventBus(Clock.systemUTC(), log, List.of())) {
            bus.subscribe("matching", EventPattern.of("pairwise.signup", "RegistrationCreated"), e -> matching.add(Json.MAPPER.readTree(e)));
            bus.subscribe("audit", new EventPattern(List.of("pairwise.signup"), List.of()), e -> anyFromSignup.add(Json.MAPPER.readTree(e)));
            bus.subscribe("surveys", EventPattern.of("pairwise.agenda", "SessionHeld"), e -> other.add(Json.MAPPER.readTree(e)));

            String id = bus.publish("pairwise.signup", "RegistrationCreated", "{\"programId\":\"p1\",\"userId\":\"u1\"}");
            bus.publish("pairwise.signup", "RegistrationWithdrawn", "{\"programId\":\"p1\"}");
            assertTrue(bus.awaitIdle(Duration.ofSeconds(5)));

            assertEquals(1, matching.size());
            assertEquals(2, anyFromSignup.size());
            assertEquals(0, other.size());
            JsonNode event = matching.get(0);
            assertEquals("0", event.get("version").asText());
            assertEquals(id, event.get("id").asText());
            assertEquals("RegistrationCreated", event.get("detail-type").asText());
            assertEquals("pairwise.signup", event.get("source").asText());
            assertEquals("000000000000", event.get("account").asText());
            assertTrue(event.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), event.get("time").asText());
            assertEquals(LocalEventBus.REGION, event.get("region").asText());
            assertTrue(event.get("resources").isArray());
            assertEquals("u1", event.at("/detail/userId").asText());
        }
    }

    @Test
    void deliversAsynchronouslyAndRetriesFailures() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        try (LocalEventBus bus = new LocalEventBus(Clock.systemUTC(), log, List.of(Duration.ofMillis(10), Duration.ofMillis(10)))) {
            bus.subscribe("slow", EventPattern.of("s", "T"), e -> release.await(5, TimeUnit.SECONDS));
            bus.subscribe("flaky", EventPattern.of("s", "T"), e -> {
                if (attempts.incrementAndGet() < 3) {
                    throw new IllegalStateException("try again");
                }
            });
            bus.publish("s", "T", "{}");
            // publish has returned while the slow target still waits for this thread: delivery is asynchronous.
            assertFalse(bus.awaitIdle(Duration.ofMillis(100)), "publish does not wait for targets");
            release.countDown();
            assertTrue(bus.awaitIdle(Duration.ofSeconds(5)));
            assertEquals(3, attempts.get(), "two retries, as Lambda async invocation does");
        }
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("retrying"));
    }

    @Test
    void refusesWhatPutEventsRefuses() {
        try (LocalEventBus bus = new LocalEventBus(Clock.systemUTC(), log)) {
            assertThrows(IllegalArgumentException.class, () -> bus.publish("", "T", "{}"));
            assertThrows(IllegalArgumentException.class, () -> bus.publish("s", " ", "{}"));
            assertThrows(IllegalArgumentException.class, () -> bus.publish("s", "T", "[1]"));
            assertThrows(IllegalArgumentException.class, () -> bus.publish("s", "T", "not json"));
            assertThrows(IllegalArgumentException.class, () -> bus.publish("aws.events", "T", "{}"));
            assertThrows(IllegalArgumentException.class, () -> bus.publishAll(List.of()));
            assertThrows(IllegalArgumentException.class, () -> bus.subscribe("x", new EventPattern(List.of(), List.of()), e -> { }));
        }
    }

    @Test
    void scheduledRulesRunAtAFixedRateWithTheScheduledEventPayload() throws Exception {
        List<JsonNode> runs = new CopyOnWriteArrayList<>();
        CountDownLatch twice = new CountDownLatch(2);
        try (LocalEventBus bus = new LocalEventBus(Clock.systemUTC(), log)) {
            bus.schedule("reminders-hourly", Duration.ofMillis(50), e -> {
                runs.add(Json.MAPPER.readTree(e));
                twice.countDown();
            });
            assertTrue(twice.await(5, TimeUnit.SECONDS));
            assertThrows(IllegalArgumentException.class, () -> bus.schedule("reminders-hourly", Duration.ofHours(1), e -> { }));
        }
        JsonNode event = runs.get(0);
        assertEquals("aws.events", event.get("source").asText());
        assertEquals("Scheduled Event", event.get("detail-type").asText());
        assertEquals("arn:aws:events:us-east-1:000000000000:rule/reminders-hourly", event.at("/resources/0").asText());
        assertTrue(event.get("detail").isObject() && event.get("detail").isEmpty());
        assertTrue(!runs.get(0).get("id").asText().equals(runs.get(1).get("id").asText()));
    }

    @Test
    void lambdaTargetsGetTheEventAsInput() throws Exception {
        List<String> inputs = new CopyOnWriteArrayList<>();
        try (LocalEventBus bus = new LocalEventBus(Clock.systemUTC(), log)) {
            bus.subscribe("fn", EventPattern.of("s", "T"), LocalEventBus.EventTarget.lambda("fn",
                    (in, out, ctx) -> inputs.add(ctx.getFunctionName() + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8)), log));
            bus.publish("s", "T", "{\"k\":1}");
            assertTrue(bus.awaitIdle(Duration.ofSeconds(5)));
        }
        assertEquals(1, inputs.size());
        assertTrue(inputs.get(0).startsWith("pairwise-local-fn {"), inputs.get(0));
        assertTrue(inputs.get(0).contains("\"detail\":{\"k\":1}"), inputs.get(0));
    }
}
