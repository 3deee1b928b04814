package com.pairwise.agenda;

import com.pairwise.testing.SharedDynamoDb;
import com.pairwise.testing.SampleEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.testing.HttpApiRequests;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives {@link AgendaHandler} through API Gateway v2 and EventBridge events against DynamoDB Local (started once per
 * test JVM); each harness gets a fresh table. Programs, registrations and relationships are written with the shared
 * stores, as the signup and matching functions write them.
 */
public final class AgendaHarness {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final AtomicInteger IDS = new AtomicInteger();

    public final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final PairwiseTable table;
    public final AgendaHandler handler;
    public final ByteArrayOutputStream log = new ByteArrayOutputStream();

    public AgendaHarness() {
        this(null);
    }

    /** With {@code events}, the handler announces meetings booked, moved or cancelled through it. */
    public AgendaHarness(com.pairwise.shared.events.EventPublisher events) {
        String name = "agenda-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(database().client(), name);
        table = new PairwiseTable(database().client(), name);
        handler = new AgendaHandler(table, clock, new PrintStream(log, true, StandardCharsets.UTF_8), events);
    }

    private static synchronized EmbeddedDynamoDb database() {
        return SharedDynamoDb.instance();
    }

    public static Path repoRoot() {
        return SampleEvents.repoRoot();
    }

    /** A sample event from events/agenda, with placeholders replaced. */
    public static ObjectNode sampleEvent(String name, Map<String, String> replacements) {
        return SampleEvents.read("agenda", name, replacements);
    }

    // ---- data the other functions would have written ----

    /** An open program of the given format, coordinated by {@code coordinators}. */
    public String program(ProgramFormat format, String... coordinators) {
        String id = "prg_" + IDS.incrementAndGet();
        ProgramSettings settings = new ProgramSettings("Mentoring " + id, "A program", ProgramKind.EVERGREEN, null, null, format,
                ProgramStatus.OPEN, null, null, null, 3, Set.of(), List.of("en", "es", "fr"), List.of(), List.of(coordinators));
        new ProgramStore(table).create(new Program(id, settings, clock.instant(), clock.instant(), 1));
        return id;
    }

    public void register(String programId, String userId, Role role, String name, List<String> languages, String timeZone, List<String> skills) {
        Profile profile = new Profile(name, userId + "@example.com", languages, timeZone, "ES", null, null, null, List.of(), skills,
                null, List.of(), role == Role.MENTOR ? 2 : null);
        new RegistrationStore(table).register(new Registration(programId, userId, role, RegistrationStatus.REGISTERED, profile,
                clock.instant(), clock.instant(), 1), new ProgramStore(table).get(programId).orElseThrow());
    }

    /** An active relationship started now. */
    public Relationship relationship(String programId, ProgramFormat format, String mentorId, List<String> menteeIds, List<String> goals) {
        Relationship r = new Relationship("rel_" + IDS.incrementAndGet(), programId, mentorId, menteeIds, format, RelationshipStatus.ACTIVE,
                clock.instant(), null, null, goals);
        return new RelationshipStore(table).start(r, null, List.of());
    }

    public void end(Relationship r) {
        new RelationshipStore(table).end(r, clock.instant(), "finished", List.of());
    }

    // ---- calls ----

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Object body) {
        return call(who, routeKey, pathParameters, Map.of(), body);
    }

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Map<String, String> query, Object body) {
        ObjectNode event = sampleEvent("list-meetings.json", Map.of());
        HttpApiRequests.Claims caller = who == null ? null : new HttpApiRequests.Claims(who.userId(), who.userId() + "@example.com", who.groups());
        HttpApiRequests.fill(event, routeKey, pathParameters, query, caller, body);
        return invoke(event);
    }

    /** Runs one raw event through the handler the way Lambda does: JSON stream in, JSON stream out. */
    public Response invoke(JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
            JsonNode response = Json.MAPPER.readTree(out.toByteArray());
            String body = response.path("body").asText(null);
            JsonNode json = body != null && response.path("headers").path("content-type").asText().contains("json") ? Json.MAPPER.readTree(body) : null;
            return new Response(response.path("statusCode").asInt(), response.path("headers"), json, body);
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

    /** Status, headers, parsed JSON body (null when not JSON) and raw body of a handler answer. */
    public record Response(int status, JsonNode headers, JsonNode body, String text) {
        public String contentType() {
            return headers.path("content-type").asText();
        }

        public List<String> errorFields() {
            return body.path("errors").findValuesAsText("field");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
