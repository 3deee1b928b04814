package com.pairwise.benchmarks;

import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.reminders.ReminderHandler;
import com.pairwise.reminders.domain.Reminder;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.domain.RunReport;
import com.pairwise.reminders.mail.EmlOutbox;
import com.pairwise.reminders.mail.FolderDeadLetters;
import com.pairwise.reminders.store.DynamoReminderBook;
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
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What one reminders run costs on a big table: 100,000 relationships, each participant with a pending inactivity
 * nudge weeks away (200,000 reminders in the due index), and only a few due now. Prints the read capacity the due
 * query consumed (DynamoDB Local reports ConsumedCapacity with ReturnConsumedCapacity TOTAL) and the run time, for
 * 100 and then 1,000 reminders due: the capacity must follow the number due, not the table. Not a test.
 */
public final class RemindersBenchmark {
    private static final int RELATIONSHIPS = Integer.getInteger("relationships", 100_000);
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    public static void main(String[] args) throws Exception {
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.inMemory()) {
            DynamoDbClient client = dynamo.client();
            TableDefinition.createIfMissing(client, "bench");
            PairwiseTable table = new PairwiseTable(client, "bench");
            DynamoReminderBook book = new DynamoReminderBook(table);
            String program = "prg_bench";
            ProgramSettings settings = new ProgramSettings("Bench", "Benchmark program", ProgramKind.EVERGREEN, null, null,
                    ProgramFormat.ONE_TO_ONE, ProgramStatus.OPEN, null, null, null, 3, Set.of(), List.of("en"), List.of(), List.of("coord"));
            new ProgramStore(table).create(new Program(program, settings, NOW, NOW, 1));

            long seedStart = System.nanoTime();
            seedBackground(client, book, program);
            System.out.printf("seeded %,d relationships and %,d pending reminders in %.0f s%n", RELATIONSHIPS, 2L * RELATIONSHIPS,
                    (System.nanoTime() - seedStart) / 1e9);

            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            Path outbox = Files.createTempDirectory("reminders-bench");
            ReminderHandler handler = new ReminderHandler(table, clock, new EmlOutbox(outbox.resolve("outbox"), clock),
                    new FolderDeadLetters(outbox.resolve("dead")), new byte[32], "https://api.example.com", ReminderSettings.DEFAULT,
                    new PrintStream(OutputStream.nullOutputStream()));

            System.out.println("due   found  sent  read capacity (due query)  run time");
            int next = 0;
            for (int due : new int[] {100, 1_000}) {
                next = seedDue(table, book, program, next, due);
                long start = System.nanoTime();
                RunReport report = handler.runDue();
                double ms = (System.nanoTime() - start) / 1e6;
                System.out.printf("%,5d %6d %5d  %8.1f RCU               %,8.0f ms%n", due, report.found(), report.sent(), report.readCapacity(), ms);
                RunReport empty = handler.runDue();
                System.out.printf("    0 %6d %5d  %8.1f RCU   (next run, nothing due)%n", empty.found(), empty.sent(), empty.readCapacity());
            }
        }
    }

    /** Relationship items and two inactivity reminders each, due weeks after NOW, batch-written from 2 threads. */
    private static void seedBackground(DynamoDbClient client, DynamoReminderBook book, String program) throws Exception {
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        int slice = RELATIONSHIPS / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * slice;
            int to = t == threads - 1 ? RELATIONSHIPS : from + slice;
            work.add(pool.submit(() -> {
                List<WriteRequest> batch = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    String rel = "rel_bg" + i;
                    batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                            "PK", AttributeValue.fromS("REL#" + rel), "SK", AttributeValue.fromS("REL"),
                            "type", AttributeValue.fromS("relationship"), "programId", AttributeValue.fromS(program),
                            "mentorId", AttributeValue.fromS("m" + i), "status", AttributeValue.fromS("active"))).build()).build());
                    if (batch.size() == 25) {
                        write(client, batch);
                    }
                    Instant later = NOW.plus(Duration.ofDays(7 + i % 14));
                    for (String who : List.of("m" + i, "e" + i)) {
                        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(DynamoReminderBook.toItem(
                                new Reminder(who, rel, ReminderKind.INACTIVITY, program, later, 1, Map.of("relationshipId", rel), null, 0)))
                                .build()).build());
                        if (batch.size() == 25) {
                            write(client, batch);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    write(client, batch);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }

    private static void write(DynamoDbClient client, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> unprocessed = Map.of("bench", new ArrayList<>(batch));
        while (!unprocessed.isEmpty()) {
            final Map<String, List<WriteRequest>> request = unprocessed;
            unprocessed = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
        batch.clear();
    }

    /** {@code count} reminders due now: real pairs (relationship, registrations), meeting reminders with an agenda. */
    private static int seedDue(PairwiseTable table, DynamoReminderBook book, String program, int first, int count) {
        RelationshipStore relationships = new RelationshipStore(table);
        RegistrationStore registrations = new RegistrationStore(table);
        Program p = new ProgramStore(table).get(program).orElseThrow();
        for (int i = first; i < first + count / 2; i++) {
            String mentor = "dm" + i;
            String mentee = "de" + i;
            for (String who : List.of(mentor, mentee)) {
                Profile profile = new Profile("Person " + who, who + "@example.com", List.of(i % 3 == 0 ? "es" : i % 3 == 1 ? "fr" : "en"),
                        "UTC", "ES", null, null, null, List.of(), List.of("java"), null, List.of(), who.equals(mentor) ? 3 : null);
                registrations.register(new Registration(program, who, who.equals(mentor) ? Role.MENTOR : Role.MENTEE,
                        RegistrationStatus.REGISTERED, profile, NOW, NOW, 1), p);
            }
            Relationship r = relationships.start(new Relationship("rel_due" + i, program, mentor, List.of(mentee), ProgramFormat.ONE_TO_ONE,
                    RelationshipStatus.ACTIVE, NOW.minus(Duration.ofDays(30)), null, null, List.of()), null, List.of());
            for (String who : r.participants()) {
                Map<String, String> facts = new HashMap<>();
                facts.put("relationshipId", r.id());
                facts.put("start", NOW.plus(Duration.ofHours(24)).toString());
                facts.put("partnerIds", who.equals(mentor) ? mentee : mentor);
                facts.put("agenda", "Check-in\nGoals\nNext steps");
                book.schedule(new Reminder(who, "mtg_" + i + "/24h", ReminderKind.MEETING, program, NOW.minusSeconds(60), 0, facts,
                        NOW.plus(Duration.ofHours(24)), 0));
            }
        }
        return first + count / 2;
    }
}
