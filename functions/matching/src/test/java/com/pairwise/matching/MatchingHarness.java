package com.pairwise.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.domain.CommitPacing;
import com.pairwise.shared.events.OutboxDelivery;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.testing.HttpApiRequests;
import com.pairwise.testing.LogLines;
import com.pairwise.testing.SampleEvents;
import com.pairwise.testing.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives {@link MatchingHandler} through API Gateway v2 events against DynamoDB Local (a fresh table per harness).
 * Programs and registrations are written with the shared stores, as the signup function would have.
 */
public final class MatchingHarness {
    private static final AtomicInteger PROGRAMS = new AtomicInteger();

    public final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final PairwiseTable table = TestTables.fresh();
    public final RecordingPublisher events = new RecordingPublisher();
    public final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** One stream for every container, so lines written at the same moment never interleave. */
    private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    public final MatchingHandler handler;
    private int delivered;

    public MatchingHarness() {
        this(CommitPacing.DEFAULT);
    }

    /** With run commits cut into chunks of the given pace. */
    public MatchingHarness(CommitPacing pacing) {
        handler = new MatchingHandler(table, clock, events, out, pacing);
    }

    /** With events sent as the stack sends them: {@link OutboxDelivery#BY_STREAM}, relayed by the table's stream. */
    public MatchingHarness(OutboxDelivery delivery) {
        handler = new MatchingHandler(table, clock, events, out, CommitPacing.DEFAULT, delivery);
    }

    /** Another handler on the same table and bus, as a second Lambda container would be. */
    public MatchingHandler secondContainer(CommitPacing pacing) {
        return new MatchingHandler(table, clock, events, out, pacing);
    }

    /** Every line the handlers logged, parsed: each must be JSON. */
    public List<JsonNode> logLines() {
        return LogLines.parse(log.toString(StandardCharsets.UTF_8));
    }

    /** The metric lines (CloudWatch Embedded Metric Format) the handlers logged. */
    public List<JsonNode> metricLines(String metric) {
        return logLines().stream().filter(l -> l.has("_aws") && l.has(metric)).toList();
    }

    /** What the metric lines of {@code metric} add up to. */
    public long metricTotal(String metric) {
        return metricLines(metric).stream().mapToLong(l -> l.get(metric).asLong()).sum();
    }

    /**
     * Delivers the run jobs the handler has published since the last call (preview and commit, continuations
     * included) back to it, as the bus's rule does, until none is new. @return how many were delivered
     */
    public int deliverJobs() {
        int n = 0;
        while (delivered < events.events.size()) {
            RecordingPublisher.Published p = events.events.get(delivered++);
            if (p.detailType().equals("MatchingRunRequested") || p.detailType().equals("MatchingRunCommitRequested")) {
                invoke(busEvent(p));
                n++;
            }
        }
        return n;
    }

    /** A published event as EventBridge hands it to a target. */
    public static ObjectNode busEvent(RecordingPublisher.Published p) {
        ObjectNode e = sampleEvent("matching-run-requested.json");
        e.put("id", UUID.randomUUID().toString());
        e.put("source", p.source());
        e.put("detail-type", p.detailType());
        e.set("detail", p.detail());
        return e;
    }

    public static Path repoRoot() {
        return SampleEvents.repoRoot();
    }

    public static ObjectNode sampleEvent(String name) {
        return SampleEvents.read("matching", name, Map.of());
    }

    /** A program coordinated by {@code coordinator}, open, with the given kind, format and matching rules. */
    public Program program(ProgramKind kind, ProgramFormat format, MatchingSettings matching, String coordinator) {
        ProgramSettings settings = new ProgramSettings("Program " + PROGRAMS.incrementAndGet(), null, kind, null, null, format,
                ProgramStatus.OPEN, null, null, null, 2, Set.of(), List.of("en", "es"), List.of("junior", "mid", "senior", "lead"),
                List.of(coordinator), matching);
        Program p = new Program("prg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), settings,
                clock.instant(), clock.instant(), 0);
        new ProgramStore(table).create(p);
        return p;
    }

    public Program evergreen(ProgramFormat format) {
        return program(ProgramKind.EVERGREEN, format, MatchingSettings.DEFAULTS, "coord");
    }

    /** A registered person with a profile good enough for the default rules. */
    public Registration register(Program program, String userId, Role role, Profile profile) {
        Registration r = new Registration(program.id(), userId, role, RegistrationStatus.REGISTERED, profile,
                clock.instant(), clock.instant(), 0);
        return new RegistrationStore(table).register(r, program);
    }

    public static Profile profile(String name, String seniority, List<String> offered, List<String> wanted, Integer capacity) {
        return new Profile(name, name.toLowerCase().replace(' ', '.') + "@example.com", List.of("en"), "Europe/Madrid", "ES",
                "EMEA", "Sales", seniority, offered, wanted, "get better at negotiation", List.of("chess"), capacity);
    }

    public Registration mentor(Program program, String userId, int capacity, String... skills) {
        return register(program, userId, Role.MENTOR, profile("Mentor " + userId, "lead", List.of(skills), List.of(), capacity));
    }

    public Registration mentee(Program program, String userId, String... wanted) {
        return register(program, userId, Role.MENTEE, profile("Mentee " + userId, "junior", List.of(), List.of(wanted), null));
    }

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Object body) {
        return call(who, routeKey, pathParameters, Map.of(), body);
    }

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Map<String, String> query, Object body) {
        ObjectNode event = sampleEvent("get-my-relationships.json");
        HttpApiRequests.Claims caller = who == null ? null : new HttpApiRequests.Claims(who.userId(), who.userId() + "@example.com", who.groups());
        HttpApiRequests.fill(event, routeKey, pathParameters, query, caller, body);
        return invoke(event);
    }

    /** Runs one raw event through the handler the way Lambda does: JSON stream in, JSON stream out. */
    public Response invoke(JsonNode event) {
        return invoke(handler, event);
    }

    public static Response invoke(MatchingHandler handler, JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
            JsonNode response = Json.MAPPER.readTree(out.toByteArray());
            String body = response.path("body").asText(null);
            JsonNode json = body == null ? null : Json.MAPPER.readTree(body);
            return new Response(response.path("statusCode").asInt(), response.path("headers"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Someone signed in. */
    public record Person(String userId, List<String> groups) {
        public static Person admin(String id) {
            return new Person(id, List.of("admin"));
        }

        public static Person user(String id) {
            return new Person(id, List.of());
        }
    }

    /** Status, headers and parsed JSON body of a handler answer. */
    public record Response(int status, JsonNode headers, JsonNode body) {
        public String code() {
            return body == null ? null : body.path("code").asText(null);
        }

        public List<String> errorFields() {
            return body.path("errors").findValuesAsText("field");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
