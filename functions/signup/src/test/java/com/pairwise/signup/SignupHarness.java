package com.pairwise.signup;

import com.pairwise.testing.SharedDynamoDb;
import com.pairwise.testing.SampleEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.store.PairwiseTable;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives {@link SignupHandler} through API Gateway v2 events against DynamoDB Local, started once per test JVM;
 * each harness gets a fresh table, so tests never see each other's data.
 */
public final class SignupHarness {
    private static final AtomicInteger TABLES = new AtomicInteger();

    public final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final PairwiseTable table;
    public final SignupHandler handler;
    /** What the handler published to the bus. */
    public final RecordingPublisher events = new RecordingPublisher();
    /** Everything the handler logged, for tests that check what logs may not contain. */
    public final ByteArrayOutputStream log = new ByteArrayOutputStream();

    public SignupHarness() {
        String name = "pairwise-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(database().client(), name);
        table = new PairwiseTable(database().client(), name);
        handler = new SignupHandler(table, clock, new PrintStream(log, true, StandardCharsets.UTF_8), events);
    }

    private static synchronized EmbeddedDynamoDb database() {
        return SharedDynamoDb.instance();
    }

    public static Path repoRoot() {
        return SampleEvents.repoRoot();
    }

    /** A sample event from events/, parsed. */
    public static ObjectNode sampleEvent(String name) {
        return SampleEvents.read("signup", name, Map.of());
    }

    /** Calls a route as the given person ({@code null} for no identity) with a JSON body or null. */
    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Object body) {
        return call(who, routeKey, pathParameters, Map.of(), body);
    }

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Map<String, String> query, Object body) {
        ObjectNode event = sampleEvent("get-my-registration.json");
        HttpApiRequests.Claims caller = who == null ? null : new HttpApiRequests.Claims(who.userId(), who.email(), who.groups());
        HttpApiRequests.fill(event, routeKey, pathParameters, query, caller, body);
        return invoke(event);
    }

    /**
     * Runs one raw event through the handler the way Lambda does: JSON stream in, JSON stream out. Every call also
     * checks that what the handler logged meanwhile holds none of the request's personal data, so each API test's
     * flow doubles as a log-privacy test.
     */
    public Response invoke(JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int logged;
            synchronized (log) {
                logged = log.size();
            }
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
            String written;
            synchronized (log) {
                byte[] all = log.toByteArray();
                written = new String(all, logged, all.length - logged, StandardCharsets.UTF_8);
            }
            assertNoPersonalData(written, personalData(event));
            JsonNode response = Json.MAPPER.readTree(out.toByteArray());
            String body = response.path("body").asText(null);
            JsonNode json = body == null ? null : Json.MAPPER.readTree(body);
            return new Response(response.get("statusCode").asInt(), response.path("headers"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields of request bodies that hold names, e-mail addresses or free text. */
    static final List<String> PERSONAL_FIELDS = List.of("displayName", "email", "goals", "interests", "skillsOffered",
            "skillsToDevelop", "department", "name", "description");

    /** The personal strings an event carries: the token's e-mail and the personal fields of a JSON body. */
    public static List<String> personalData(JsonNode event) {
        List<String> found = new java.util.ArrayList<>();
        JsonNode email = event.path("requestContext").path("authorizer").path("jwt").path("claims").path("email");
        if (email.isTextual()) {
            found.add(email.asText());
        }
        JsonNode body = null;
        if (event.path("body").isTextual() && !event.path("isBase64Encoded").asBoolean(false)) {
            try {
                body = Json.MAPPER.readTree(event.get("body").asText());
            } catch (IOException notJson) {
                body = null; // fuzzed bodies: nothing to extract
            }
        }
        if (body != null && body.isObject()) {
            for (String field : PERSONAL_FIELDS) {
                JsonNode value = body.path(field);
                if (value.isTextual()) {
                    found.add(value.asText());
                } else if (value.isArray()) {
                    value.forEach(v -> found.add(v.asText()));
                }
            }
        }
        // very short values ("en", "x") also occur in ordinary log text; they identify nobody
        found.removeIf(v -> v.strip().length() < 5);
        return found;
    }

    /** Fails when a log text contains any of the given personal strings. */
    public static void assertNoPersonalData(String logText, List<String> personal) {
        for (String value : personal) {
            if (logText.contains(value) || logText.contains(Json.MAPPER.valueToTree(value).toString().replaceAll("^\"|\"$", ""))) {
                throw new AssertionError("personal data '" + value + "' reached the log:\n" + logText);
            }
        }
    }

    public static String text(Object json) {
        return new String(Json.MAPPER.valueToTree(json).toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Someone signed in. */
    public record Person(String userId, String email, List<String> groups) {
        public static Person admin(String id) {
            return new Person(id, id + "@example.com", List.of("admin"));
        }

        public static Person user(String id) {
            return new Person(id, id + "@example.com", List.of());
        }
    }

    /** Status, headers and parsed JSON body of a handler answer. */
    public record Response(int status, JsonNode headers, JsonNode body) {
        public String contentType() {
            return headers.path("content-type").asText();
        }

        /** The field names a problem+json body reports, in order. */
        public List<String> errorFields() {
            return body.path("errors").findValuesAsText("field");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
