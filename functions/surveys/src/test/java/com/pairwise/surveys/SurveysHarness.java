package com.pairwise.surveys;

import com.pairwise.testing.SharedDynamoDb;
import com.pairwise.testing.SampleEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
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
 * Drives {@link SurveysHandler} through API Gateway and EventBridge events against DynamoDB Local, started once per
 * test JVM; each harness gets a fresh table. Programs and registrations are written with the shared stores, as the
 * signup function would.
 */
public final class SurveysHarness {
    private static final AtomicInteger TABLES = new AtomicInteger();

    public final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final PairwiseTable table;
    public final SurveysHandler handler;
    public final ByteArrayOutputStream log = new ByteArrayOutputStream();
    /** What the handler published to the bus (the reminders it asks for and withdraws). */
    public final List<Published> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When true the bus refuses, as an unreachable EventBridge would: events stay in the outbox. */
    public volatile boolean busDown;
    private final ProgramStore programs;
    private final RegistrationStore registrations;

    public SurveysHarness() {
        String name = "surveys-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(database().client(), name);
        table = new PairwiseTable(database().client(), name);
        handler = new SurveysHandler(table, clock, new PrintStream(log, true, StandardCharsets.UTF_8), (source, type, detail) -> {
            if (busDown) {
                throw new IllegalStateException("bus unreachable");
            }
            try {
                published.add(new Published(source, type, Json.MAPPER.readTree(detail)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        programs = new ProgramStore(table);
        registrations = new RegistrationStore(table);
    }

    public static synchronized EmbeddedDynamoDb database() {
        return SharedDynamoDb.instance();
    }

    public static Path repoRoot() {
        return SampleEvents.repoRoot();
    }

    public static ObjectNode sampleEvent(String name) {
        return SampleEvents.read("surveys", name, Map.of());
    }

    // ---- fixtures ----

    public Program program(String id, String coordinator, ProgramFormat format) {
        return program(id, "Program " + id, null, coordinator, format);
    }

    /** With the name and description a coordinator typed in. */
    public Program program(String id, String name, String description, String coordinator, ProgramFormat format) {
        Program p = new Program(id, new ProgramSettings(name, description, ProgramKind.COHORT, null, null, format,
                ProgramStatus.OPEN, null, null, null, 3, Set.of(), List.of("en", "es", "fr"), List.of(), List.of(coordinator)),
                clock.instant(), clock.instant(), 0);
        programs.create(p);
        return p;
    }

    public Registration register(Program program, String userId, Role role, String region, String language, List<String> skills) {
        return register(program, userId, "Person " + userId, userId + "@example.com", role, region, language, skills);
    }

    /** With the name and email the person signed up with. */
    public Registration register(Program program, String userId, String displayName, String email, Role role, String region,
                                 String language, List<String> skills) {
        Profile profile = new Profile(displayName, email, List.of(language), "Europe/Madrid", "ES", region,
                null, null, List.of(), skills, null, List.of(), role == Role.MENTOR ? 3 : null);
        return registrations.register(new Registration(program.id(), userId, role, RegistrationStatus.REGISTERED, profile,
                clock.instant(), clock.instant(), 0), program);
    }

    /** Delivers matching's RelationshipStarted as EventBridge would. */
    public void started(String relationshipId, String programId, String mentorId, List<String> menteeIds, Instant startedAt) {
        ObjectNode event = sampleEvent("relationship-started.json");
        detail(event, relationshipId, programId, mentorId, menteeIds).put("startedAt", startedAt.toString());
        invokeEvent(event);
    }

    public void ended(String relationshipId, String programId, String mentorId, List<String> menteeIds, Instant startedAt, Instant endedAt) {
        ObjectNode event = sampleEvent("relationship-ended.json");
        ObjectNode d = detail(event, relationshipId, programId, mentorId, menteeIds);
        d.put("startedAt", startedAt.toString());
        d.put("endedAt", endedAt.toString());
        invokeEvent(event);
    }

    /** Delivers agenda's MeetingHeld as EventBridge would. */
    public void held(String meetingId, String relationshipId, String programId, Instant heldAt) {
        ObjectNode event = sampleEvent("meeting-held.json");
        ObjectNode d = (ObjectNode) event.get("detail");
        d.put("meetingId", meetingId);
        d.put("relationshipId", relationshipId);
        d.put("programId", programId);
        d.put("heldAt", heldAt.toString());
        invokeEvent(event);
    }

    /** One run of the daily schedule. */
    public void daily() {
        invokeEvent(sampleEvent("daily-schedule.json"));
    }

    private static ObjectNode detail(ObjectNode event, String relationshipId, String programId, String mentorId, List<String> menteeIds) {
        ObjectNode d = (ObjectNode) event.get("detail");
        d.put("relationshipId", relationshipId);
        d.put("programId", programId);
        d.put("mentorId", mentorId);
        ArrayNode mentees = d.putArray("menteeIds");
        menteeIds.forEach(mentees::add);
        return d;
    }

    public void invokeEvent(JsonNode event) {
        try {
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), new ByteArrayOutputStream(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- HTTP ----

    public Response call(String userId, String routeKey, Map<String, String> pathParameters, Object body) {
        return call(userId, List.of(), routeKey, pathParameters, Map.of(), body);
    }

    public Response call(String userId, List<String> groups, String routeKey, Map<String, String> pathParameters,
                         Map<String, String> query, Object body) {
        HttpApiRequests.Claims caller = userId == null ? null : new HttpApiRequests.Claims(userId, userId + "@example.com", groups);
        return invoke(request(caller, routeKey, pathParameters, query, body));
    }

    /** The API Gateway event of a call by {@code caller} (null: no identity), to send as it is or with headers added. */
    public static ObjectNode request(HttpApiRequests.Claims caller, String routeKey, Map<String, String> pathParameters,
                                     Map<String, String> query, Object body) {
        return HttpApiRequests.fill(sampleEvent("get-my-surveys.json"), routeKey, pathParameters, query, caller, body);
    }

    public Response invoke(JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
            JsonNode response = Json.MAPPER.readTree(out.toByteArray());
            String body = response.path("body").asText(null);
            JsonNode json = null;
            String type = response.path("headers").path("content-type").asText("");
            if (body != null && type.contains("json")) {
                json = Json.MAPPER.readTree(body);
            }
            return new Response(response.get("statusCode").asInt(), response.path("headers"), json, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of a person's surveys, newest first, optionally only those of one survey. */
    public List<String> surveysOf(String userId, String surveyId) {
        Response r = call(userId, "GET /me/surveys", Map.of(), null);
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
        return r.body().path("items").findValues("id").stream().map(JsonNode::asText)
                .filter(id -> surveyId == null || r.body().path("items").findParents("id").stream()
                        .anyMatch(i -> i.path("id").asText().equals(id) && i.path("surveyId").asText().equals(surveyId)))
                .toList();
    }

    public Response answer(String userId, String instanceId, Object answers) {
        return call(userId, "POST /surveys/{instanceId}/responses", Map.of("instanceId", instanceId), Map.of("answers", answers));
    }

    /** One event put on the bus. */
    public record Published(String source, String detailType, JsonNode detail) {
    }

    public record Response(int status, JsonNode headers, JsonNode body, String text) {
        public List<String> errorFields() {
            return body.path("errors").findValuesAsText("field");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
