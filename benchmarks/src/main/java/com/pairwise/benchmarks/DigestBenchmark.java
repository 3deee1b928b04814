package com.pairwise.benchmarks;

import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.reminders.ReminderHandler;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.mail.EmlOutbox;
import com.pairwise.reminders.mail.FolderDeadLetters;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.TableDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What the weekly coordinator digest reads on a big program: 100,000 active relationships in one program, of which
 * {@code idle} have had no meeting for the program's 21 days. Prints the read units, read calls and items of the
 * whole weekly invocation (programs, idle relationships, waiting people, names, the run that sends the digest) for
 * 10 and 100 idle: they must follow the idle count, not the program's size. Not a test.
 * Run: mvn -pl benchmarks exec:exec -Dbenchmark.main=com.pairwise.benchmarks.DigestBenchmark
 */
public final class DigestBenchmark {
    private static final int RELATIONSHIPS = Integer.getInteger("relationships", 100_000);
    private static final Instant MONDAY = Instant.parse("2026-12-21T09:00:00Z");

    public static void main(String[] args) throws Exception {
        try (EmbeddedDynamoDb db = EmbeddedDynamoDb.inMemory()) {
            CapacityMeter meter = new CapacityMeter();
            DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(EmbeddedDynamoDb.REGION)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedDynamoDb.ACCESS_KEY_ID,
                            EmbeddedDynamoDb.SECRET_ACCESS_KEY)))
                    .httpClient(UrlConnectionHttpClient.builder().build())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(meter))
                    .build();
            System.out.println("relationships  idle  read units  read calls  items read  time");
            for (int idle : new int[] {10, 100}) {
                String name = "digest-" + idle;
                TableDefinition.createIfMissing(client, name);
                PairwiseTable table = new PairwiseTable(client, name);
                new ProgramStore(table).create(new Program("prg_big", new ProgramSettings("Big", null, ProgramKind.EVERGREEN, null, null,
                        ProgramFormat.ONE_TO_ONE, ProgramStatus.OPEN, null, null, null, 3, Set.of(), List.of("en"), List.of(),
                        List.of("coord")), MONDAY, MONDAY, 1));
                seed(client, name, idle);
                Clock clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
                Path outbox = Files.createTempDirectory("digest-bench");
                ReminderHandler handler = new ReminderHandler(table, clock, new EmlOutbox(outbox.resolve("outbox"), clock),
                        new FolderDeadLetters(outbox.resolve("dead")), new byte[32], "https://api.example.com", ReminderSettings.DEFAULT,
                        new PrintStream(OutputStream.nullOutputStream()));
                meter.reset();
                long start = System.nanoTime();
                handler.handleRequest(new ByteArrayInputStream(weeklyEvent()), new ByteArrayOutputStream(), null);
                double ms = (System.nanoTime() - start) / 1e6;
                CapacityMeter.Reading r = meter.reset();
                System.out.printf("%,13d  %4d  %9.1f  %10d  %10d  %,5.0f ms%n", RELATIONSHIPS, idle, r.readUnits(), r.calls(), r.items(), ms);
            }
        }
    }

    /** Activity items as the reminders function keeps them: all active within the week except {@code idle}. */
    private static void seed(DynamoDbClient client, String tableName, int idle) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < RELATIONSHIPS; i++) {
            long last = (i < idle ? MONDAY.minus(Duration.ofDays(30)) : MONDAY.minus(Duration.ofDays(1 + i % 7))).toEpochMilli();
            String rel = "rel_" + i;
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    "PK", AttributeValue.fromS("REL#" + rel), "SK", AttributeValue.fromS("ACTIVITY"),
                    "type", AttributeValue.fromS("relationship-activity"), "programId", AttributeValue.fromS("prg_big"),
                    "participants", AttributeValue.fromL(List.of(AttributeValue.fromS("m" + i), AttributeValue.fromS("e" + i))),
                    "lastActivity", AttributeValue.fromN(Long.toString(last)),
                    "GSI2PK", AttributeValue.fromS("IDLE#prg_big"),
                    "GSI2SK", AttributeValue.fromS(String.format("%013d", last) + "#" + rel))).build()).build());
            if (batch.size() == 25) {
                write(client, tableName, batch);
            }
        }
        if (!batch.isEmpty()) {
            write(client, tableName, batch);
        }
    }

    private static void write(DynamoDbClient client, String tableName, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> unprocessed = Map.of(tableName, new ArrayList<>(batch));
        while (!unprocessed.isEmpty()) {
            final Map<String, List<WriteRequest>> request = unprocessed;
            unprocessed = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
        batch.clear();
    }

    private static byte[] weeklyEvent() {
        return ("{\"version\":\"0\",\"id\":\"bench\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\","
                + "\"time\":\"" + MONDAY + "\",\"region\":\"eu-west-1\",\"resources\":[\"arn:aws:events:eu-west-1:123456789012:rule/"
                + ReminderHandler.WEEKLY_DIGEST_RULE + "\"],\"detail\":{}}").getBytes(StandardCharsets.UTF_8);
    }
}
