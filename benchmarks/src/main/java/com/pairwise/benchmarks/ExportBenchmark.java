package com.pairwise.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.signup.SignupHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Prints what {@code GET /me/export} costs for a long-standing participant, through the signup handler on DynamoDB
 * Local: 12 relationships with 40 meetings each, a feed of three years (a note a day), 600 reminders, 60 match
 * requests and 200 answered surveys, written with the keys docs/data-model.md documents. Time per export (median of
 * 7 after 2 warm-ups), read capacity of its reads, calls and the document's size.
 *
 * <pre>mvn -o -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath) com.pairwise.benchmarks.ExportBenchmark</pre>
 */
public final class ExportBenchmark {
    private static final String USER = "long-timer";
    private static final String TEXT = "Reminder text of a realistic length, naming a meeting, its time and its agenda lines. ".repeat(5);

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDynamoDb db = EmbeddedDynamoDb.inMemory()) {
            CapacityMeter meter = new CapacityMeter();
            DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(EmbeddedDynamoDb.REGION)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedDynamoDb.ACCESS_KEY_ID,
                            EmbeddedDynamoDb.SECRET_ACCESS_KEY)))
                    .httpClient(UrlConnectionHttpClient.builder().build())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(meter))
                    .build();
            TableDefinition.createIfMissing(client, "pairwise-bench");
            PairwiseTable table = new PairwiseTable(client, "pairwise-bench");
            Instant start = Instant.parse("2023-11-01T09:00:00Z");
            fill(table, start);
            SignupHandler handler = new SignupHandler(table, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC),
                    new PrintStream(OutputStream.nullOutputStream()));

            for (int i = 0; i < 2; i++) {
                export(handler);
            }
            meter.reset();
            long[] millis = new long[7];
            int bytes = 0;
            JsonNode last = null;
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                JsonNode response = export(handler);
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
                bytes = response.get("body").asText().length();
                last = Json.MAPPER.readTree(response.get("body").asText());
            }
            CapacityMeter.Reading reads = meter.reset();
            Arrays.sort(millis);
            System.out.printf("export of %s: %d relationships, %d meetings, %d notifications, %d reminders, %d match requests, %d surveys%n",
                    USER, last.get("matching").get("relationships").size(), last.get("agenda").get("meetings").size(),
                    last.get("reminders").get("notifications").size(), last.get("reminders").get("reminders").size(),
                    last.get("matching").get("matchRequests").size(), last.get("surveys").get("surveys").size());
            System.out.printf("time per export: median %d ms (min %d, max %d) over %d runs; document %.1f KB%n",
                    millis[millis.length / 2], millis[0], millis[millis.length - 1], millis.length, bytes / 1024.0);
            System.out.printf("reads per export (GetItem, Query, BatchGetItem): %.1f read units, %d calls, %d items%n",
                    reads.readUnits() / millis.length, reads.calls() / millis.length, reads.items() / millis.length);
        }
    }

    private static JsonNode export(SignupHandler handler) throws Exception {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("version", "2.0").put("routeKey", "GET /me/export").put("rawPath", "/me/export");
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("requestId", "bench");
        ctx.putObject("http").put("method", "GET").put("path", "/me/export");
        ctx.putObject("authorizer").putObject("jwt").putObject("claims").put("sub", USER).put("email", USER + "@example.com");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(e)), out, null);
        JsonNode response = Json.MAPPER.readTree(out.toByteArray());
        if (response.get("statusCode").asInt() != 200) {
            throw new IllegalStateException(response.toString());
        }
        return response;
    }

    private static void fill(PairwiseTable table, Instant start) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        RelationshipStore relationships = new RelationshipStore(table);
        for (int r = 0; r < 12; r++) {
            String rel = "rel_bench" + r;
            Instant began = start.plus(Duration.ofDays(90L * r));
            relationships.start(new Relationship(rel, "prg_" + r, "mentor-" + r, List.of(USER), ProgramFormat.ONE_TO_ONE,
                    RelationshipStatus.ACTIVE, began, null, null, List.of("Grow as a lead")), null, List.of());
            for (int m = 0; m < 40; m++) {
                String id = "mtg_" + r + "_" + m;
                Instant at = began.plus(Duration.ofDays(2L * m));
                items.add(item("REL#" + rel, "MEETING#" + id, Map.ofEntries(Map.entry("meetingId", s(id)), Map.entry("relationshipId", s(rel)),
                        Map.entry("programId", s("prg_" + r)), Map.entry("start", s(at.toString())), Map.entry("durationMinutes", n(60)),
                        Map.entry("status", s("held")), Map.entry("sessionKey", s("kickoff")), Map.entry("sharedNotes", s(TEXT)),
                        Map.entry("privateNotes", s(Json.MAPPER.createObjectNode().put(USER, "mine").put("mentor-" + r, "theirs").toString())),
                        Map.entry("sequence", n(0)), Map.entry("createdBy", s(USER)), Map.entry("createdAt", s(at.toString())),
                        Map.entry("updatedAt", s(at.toString())), Map.entry("version", n(1)))));
            }
            for (int q = 0; q < 5; q++) {
                String id = "mrq_" + r + "_" + q;
                Instant at = began.minus(Duration.ofDays(q));
                items.add(item("MATCHREQ#" + id, "MATCHREQ", Map.ofEntries(Map.entry("GSI1PK", s("USER#" + USER)),
                        Map.entry("GSI1SK", s("REQ#prg_" + r % 3 + "#" + at + "#" + id)), Map.entry("GSI2PK", s("USER#mentor-" + r)),
                        Map.entry("GSI2SK", s("REQ#prg_" + r % 3 + "#" + at + "#" + id)), Map.entry("id", s(id)),
                        Map.entry("programId", s("prg_" + r)), Map.entry("menteeId", s(USER)), Map.entry("mentorId", s("mentor-" + r)),
                        Map.entry("origin", s("mentee")), Map.entry("status", s("declined")), Map.entry("score", n(70)),
                        Map.entry("createdAt", s(at.toString())), Map.entry("expiresAt", s(at.plus(Duration.ofDays(14)).toString())),
                        Map.entry("expiresAtMillis", n(at.plus(Duration.ofDays(14)).toEpochMilli())))));
            }
        }
        for (int d = 0; d < 3 * 365; d++) {
            Instant at = start.plus(Duration.ofDays(d));
            String id = String.format("%013d-%08x", at.toEpochMilli(), d);
            items.add(item("FEED#" + USER, "NOTE#" + id, Map.of("id", s(id), "kind", s("meeting"), "subject", s("Your meeting tomorrow"),
                    "text", s(TEXT), "programId", s("prg_0"), "createdAt", s(at.toString()))));
        }
        for (int i = 0; i < 600; i++) {
            Instant due = start.plus(Duration.ofDays(i * 2L));
            items.add(item("REMIND#" + USER, "REMIND#meeting#mtg_" + i + "/24h", Map.of("recipientId", s(USER), "subject", s("mtg_" + i + "/24h"),
                    "kind", s("meeting"), "programId", s("prg_0"), "revision", n(0), "attempts", n(0), "st", s("sent"),
                    "dueAt", n(due.toEpochMilli()), "doneAt", n(due.toEpochMilli()),
                    "facts", AttributeValue.fromM(Map.of("start", s(due.plus(Duration.ofDays(1)).toString()), "agenda", s(TEXT))))));
        }
        for (int i = 0; i < 200; i++) {
            String id = String.format("svi_bench%04d", i);
            Instant at = start.plus(Duration.ofDays(5L * i));
            Map<String, AttributeValue> instance = new HashMap<>(Map.of("GSI1PK", s("USER#" + USER), "GSI1SK", s("SURVEY#" + at + "#" + id),
                    "id", s(id), "programId", s("prg_0"), "surveyId", s("check-in"), "templateId", s("check-in"),
                    "relationshipId", s("rel_bench0"), "userId", s(USER), "role", s("mentee"), "language", s("en")));
            instance.putAll(Map.of("anonymous", AttributeValue.fromBool(false), "occurrence", n(i + 1), "sentAt", s(at.toString()),
                    "answeredAt", s(at.toString())));
            items.add(item("SURVEY#" + id, "SURVEY", instance));
            items.add(item("PROGRAM#prg_0", "SURVEYRESP#" + id, Map.of("instanceId", s(id), "surveyId", s("check-in"),
                    "templateId", s("check-in"), "relationshipId", s("rel_bench0"), "userId", s(USER), "role", s("mentee"),
                    "submittedAt", s(at.toString()), "updatedAt", s(at.toString()),
                    "answers", AttributeValue.fromM(Map.of("q1", n(4), "q2", s("yes"), "q3", s(TEXT))))));
        }
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = new ArrayList<>();
            items.subList(from, Math.min(items.size(), from + 25))
                    .forEach(i -> batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()));
            Map<String, List<WriteRequest>> pending = Map.of(table.name(), batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> ask = pending;
                pending = table.dynamo().batchWriteItem(b -> b.requestItems(ask)).unprocessedItems();
            }
        }
    }

    private static Map<String, AttributeValue> item(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("PK", s(pk));
        item.put("SK", s(sk));
        return item;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
