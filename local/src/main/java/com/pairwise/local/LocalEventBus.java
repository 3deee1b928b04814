package com.pairwise.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-process EventBridge default bus. {@link #publishAll} accepts PutEvents-style entries and delivers an
 * EventBridge-shaped event ({@code version, id, detail-type, source, account, time, region, resources, detail}) to
 * every rule whose pattern matches, asynchronously, with Lambda's async retries (two, after 1 s and 2 s). Scheduled
 * rules ({@link #schedule}) invoke their target at a fixed rate with the {@code aws.events} / {@code Scheduled Event}
 * payload. Nothing is persisted: events in flight when the runner stops are lost, as a local tool may.
 */
public final class LocalEventBus implements LocalEventPublisher, AutoCloseable {
    public static final String REGION = "us-east-1";
    public static final int MAX_ENTRIES = 10;
    public static final int MAX_ENTRY_BYTES = 256 * 1024;

    /** Receives one event's JSON; an exception counts as a failed delivery and is retried. */
    @FunctionalInterface
    public interface EventTarget {
        void deliver(String eventJson) throws Exception;

        /** Invokes a Lambda handler the way EventBridge does: the event JSON as input, the output discarded. */
        static EventTarget lambda(String functionName, RequestStreamHandler handler, PrintStream log) {
            return eventJson -> {
                String requestId = UUID.randomUUID().toString();
                handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream(), new LocalContext(requestId, functionName, log));
            };
        }
    }

    private record Rule(String name, EventPattern pattern, EventTarget target) {
    }

    private final Clock clock;
    private final PrintStream log;
    private final List<Duration> retryDelays;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<String> scheduleNames = new CopyOnWriteArrayList<>();
    private final Map<String, EventTarget> scheduleTargets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();

    public LocalEventBus(Clock clock, PrintStream log) {
        this(clock, log, List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    /** @param retryDelays wait before each retry of a failed delivery; empty for no retries */
    public LocalEventBus(Clock clock, PrintStream log, List<Duration> retryDelays) {
        this.clock = clock;
        this.log = log;
        this.retryDelays = List.copyOf(retryDelays);
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "local-events-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newScheduledThreadPool(4, factory);
    }

    /** Adds a rule delivering matching events to {@code target}. */
    public void subscribe(String ruleName, EventPattern pattern, EventTarget target) {
        if (rules.stream().anyMatch(r -> r.name().equals(ruleName)) || scheduleNames.contains(ruleName)) {
            throw new IllegalArgumentException("rule " + ruleName + " exists already");
        }
        rules.add(new Rule(ruleName, pattern, target));
    }

    /** A {@code rate(...)} rule: first run one period from now, then every period. */
    public void schedule(String ruleName, Duration rate, EventTarget target) {
        if (rate.isNegative() || rate.isZero()) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        if (rules.stream().anyMatch(r -> r.name().equals(ruleName)) || scheduleNames.contains(ruleName)) {
            throw new IllegalArgumentException("rule " + ruleName + " exists already");
        }
        scheduleNames.add(ruleName);
        scheduleTargets.put(ruleName, target);
        long millis = rate.toMillis();
        executor.scheduleAtFixedRate(() -> deliver(ruleName, target, scheduledEvent(ruleName), 0, false),
                millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One run of scheduled rule {@code ruleName} now, besides its rate (tests that move the clock forward run a
     * schedule as it would have run by then; {@link #awaitIdle} waits for it).
     */
    public void runNow(String ruleName) {
        EventTarget target = scheduleTargets.get(ruleName);
        if (target == null) {
            throw new IllegalArgumentException("no scheduled rule " + ruleName);
        }
        String event = scheduledEvent(ruleName);
        submit(() -> deliver(ruleName, target, event, 0, false), Duration.ZERO);
    }

    /** The payload of one run of scheduled rule {@code ruleName}. */
    public String scheduledEvent(String ruleName) {
        ObjectNode event = envelope("aws.events", "Scheduled Event");
        event.putArray("resources").add("arn:aws:events:" + REGION + ":" + HttpApiEvents.ACCOUNT_ID + ":rule/" + ruleName);
        event.putObject("detail");
        return event.toString();
    }

    @Override
    public List<String> publishAll(List<Entry> entries) {
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("PutEvents takes 1 to " + MAX_ENTRIES + " entries, not " + entries.size());
        }
        List<ObjectNode> events = new ArrayList<>();
        for (Entry entry : entries) {
            events.add(toEvent(entry));
        }
        List<String> ids = new ArrayList<>();
        for (ObjectNode event : events) {
            String id = event.get("id").asText();
            ids.add(id);
            String source = event.get("source").asText();
            String detailType = event.get("detail-type").asText();
            String json = event.toString();
            for (Rule rule : rules) {
                if (rule.pattern().matches(source, detailType)) {
                    submit(() -> deliver(rule.name(), rule.target(), json, 0, true), Duration.ZERO);
                }
            }
        }
        return ids;
    }

    private ObjectNode toEvent(Entry entry) {
        if (entry.source() == null || entry.source().isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
        if (entry.source().startsWith("aws.")) {
            throw new IllegalArgumentException("source " + entry.source() + " is reserved for AWS services");
        }
        if (entry.detailType() == null || entry.detailType().isBlank()) {
            throw new IllegalArgumentException("detail-type is required");
        }
        if (entry.detail() == null) {
            throw new IllegalArgumentException("detail is required");
        }
        JsonNode detail;
        try {
            detail = Json.MAPPER.readTree(entry.detail());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("detail is not valid JSON", e);
        }
        if (detail == null || !detail.isObject()) {
            throw new IllegalArgumentException("detail must be a JSON object");
        }
        int size = (entry.source() + entry.detailType() + entry.detail()).getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("entry is " + size + " bytes; EventBridge takes at most " + MAX_ENTRY_BYTES);
        }
        ObjectNode event = envelope(entry.source(), entry.detailType());
        event.putArray("resources");
        event.set("detail", detail);
        return event;
    }

    private ObjectNode envelope(String source, String detailType) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", HttpApiEvents.ACCOUNT_ID);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        event.put("time", now.toString());
        event.put("region", REGION);
        return event;
    }

    private void submit(Runnable task, Duration delay) {
        inFlight.incrementAndGet();
        Runnable counted = () -> {
            try {
                task.run();
            } finally {
                done();
            }
        };
        try {
            executor.schedule(counted, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            done();
        }
    }

    private void done() {
        if (inFlight.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private void deliver(String ruleName, EventTarget target, String eventJson, int attempt, boolean retry) {
        try {
            target.deliver(eventJson);
        } catch (Throwable e) {
            boolean again = retry && attempt < retryDelays.size();
            log.println("[events] rule " + ruleName + ": delivery failed (" + e + ")"
                    + (again ? ", retrying in " + retryDelays.get(attempt).toMillis() + " ms" : ", dropped"));
            if (again) {
                submit(() -> deliver(ruleName, target, eventJson, attempt + 1, true), retryDelays.get(attempt));
            }
        }
    }

    /** Waits until no published event is waiting for delivery or being delivered; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Rule names, for the start-up summary. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        rules.forEach(r -> names.add(r.name()));
        names.addAll(scheduleNames);
        return names;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
