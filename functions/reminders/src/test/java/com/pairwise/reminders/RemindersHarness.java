package com.pairwise.reminders;

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
import com.pairwise.shared.model.ReminderTimings;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import com.pairwise.reminders.domain.MailSender;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.mail.EmlOutbox;
import com.pairwise.reminders.mail.FolderDeadLetters;

/**
 * Drives {@link ReminderHandler} through API Gateway v2 and EventBridge events, mail going to a temporary .eml outbox, against DynamoDB Local (started once per
 * test JVM); each harness gets a fresh table. Programs, registrations and relationships are written with the shared
 * stores, as the signup and matching functions write them.
 */
public final class RemindersHarness {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final AtomicInteger IDS = new AtomicInteger();

    public final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
    public final PairwiseTable table;
    public final ReminderHandler handler;
    public final ByteArrayOutputStream log = new ByteArrayOutputStream();

    public final Path dataDir;
    public final EmlOutbox outbox;
    public final Path deadLetterDir;
    /** What the mail service does next: deliver to the outbox unless a test says otherwise. */
    public volatile MailSender mail;
    public final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    public RemindersHarness() {
        this(ReminderSettings.DEFAULT);
    }

    public RemindersHarness(ReminderSettings settings) {
        String name = "reminders-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(database().client(), name);
        table = new PairwiseTable(database().client(), name);
        try {
            dataDir = Files.createTempDirectory("reminders-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox = new EmlOutbox(dataDir.resolve("outbox"), clock);
        deadLetterDir = dataDir.resolve("dead-letters");
        mail = outbox;
        handler = new ReminderHandler(table, clock, m -> mail.send(m), new FolderDeadLetters(deadLetterDir), key,
                "https://api.example.com", settings, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** The mails written to the local outbox so far, as text. */
    public List<String> mails() {
        return outbox.messages().stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(java.util.stream.Collectors.toList());
    }

    /** The decoded text/plain part of an .eml from the outbox. */
    public static String plainText(String eml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--").matcher(eml);
        if (!m.find()) {
            throw new AssertionError("no text part in " + eml);
        }
        return new String(java.util.Base64.getMimeDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }

    /** The X-Pairwise-Reminder header of every mail in the outbox. */
    public List<String> mailedKeys() {
        return mails().stream().map(m -> m.lines().filter(l -> l.startsWith("X-Pairwise-Reminder: ")).findFirst().orElseThrow()
                .substring("X-Pairwise-Reminder: ".length())).collect(java.util.stream.Collectors.toList());
    }

    public int deadLetters() {
        try (var files = Files.list(deadLetterDir)) {
            return (int) files.count();
        } catch (java.nio.file.NoSuchFileException none) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized EmbeddedDynamoDb database() {
        return SharedDynamoDb.instance();
    }

    public static Path repoRoot() {
        return SampleEvents.repoRoot();
    }

    /** A sample event from events/reminders, with placeholders replaced. */
    public static ObjectNode sampleEvent(String name, Map<String, String> replacements) {
        return SampleEvents.read("reminders", name, replacements);
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

    /** The program's reminder timings, as a coordinator's PATCH /programs/{id} sets them through signup. */
    public void timings(String programId, ReminderTimings timings) {
        ProgramStore programs = new ProgramStore(table);
        Program current = programs.get(programId).orElseThrow();
        programs.update(current, new Program(programId, current.settings().withReminders(timings), current.createdAt(),
                clock.instant(), current.version()));
    }

    public void register(String programId, String userId, Role role, String name, List<String> languages, String timeZone, List<String> skills) {
        register(programId, userId, role, name, userId + "@example.com", languages, timeZone, skills);
    }

    /** A registration whose profile gives {@code email} as the person's address. */
    public void register(String programId, String userId, Role role, String name, String email, List<String> languages, String timeZone,
                         List<String> skills) {
        Profile profile = new Profile(name, email, languages, timeZone, "ES", null, null, null, List.of(), skills,
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

    /** A sample EventBridge event with its placeholders replaced, run through the handler. */
    public Response deliver(String sample, Map<String, String> replacements) {
        return invoke(sampleEvent(sample, replacements));
    }

    /** ReminderRequested as another function publishes it (source {@code pairwise.<function>}). */
    public Response reminderRequested(String function, String recipientId, String kind, String subject, String programId,
                                      Instant dueAt, long revision, Map<String, String> facts) {
        ObjectNode event = sampleEvent("reminder-requested.json", Map.of());
        event.put("source", "pairwise." + function);
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.put("recipientId", recipientId).put("kind", kind).put("subject", subject).put("programId", programId)
                .put("dueAt", dueAt.toString()).put("revision", revision);
        detail.set("facts", Json.MAPPER.valueToTree(facts));
        return invoke(event);
    }

    /** ReminderWithdrawn, the counterpart of {@link #reminderRequested}. */
    public Response reminderWithdrawn(String function, String recipientId, String kind, String subject, long revision) {
        ObjectNode event = sampleEvent("reminder-withdrawn.json", Map.of());
        event.put("source", "pairwise." + function);
        ((ObjectNode) event.get("detail")).put("recipientId", recipientId).put("kind", kind).put("subject", subject).put("revision", revision);
        return invoke(event);
    }

    /** MeetingScheduled for a relationship's participants, as the agenda function publishes it. */
    public void meetingScheduled(Relationship r, String meetingId, Instant start, int sequence) {
        ObjectNode event = sampleEvent("meeting-scheduled.json", Map.of("MEETING_ID", meetingId, "RELATIONSHIP_ID", r.id(), "PROGRAM_ID", r.programId()));
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.put("start", start.toString()).put("sequence", sequence);
        detail.set("participants", Json.MAPPER.valueToTree(r.participants()));
        invoke(event);
    }

    public void meetingCancelled(Relationship r, String meetingId, int sequence) {
        ObjectNode event = sampleEvent("meeting-cancelled.json", Map.of("MEETING_ID", meetingId, "RELATIONSHIP_ID", r.id(), "PROGRAM_ID", r.programId()));
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.put("sequence", sequence);
        detail.set("participants", Json.MAPPER.valueToTree(r.participants()));
        invoke(event);
    }

    public void relationshipStarted(Relationship r) {
        ObjectNode event = sampleEvent("relationship-started.json", Map.of("RELATIONSHIP_ID", r.id(), "PROGRAM_ID", r.programId()));
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.put("mentorId", r.mentorId()).put("startedAt", r.startedAt().toString());
        detail.set("menteeIds", Json.MAPPER.valueToTree(r.menteeIds()));
        invoke(event);
    }

    /** The schedule rule firing, through the handler as Lambda would deliver it. */
    public void tick() {
        invoke(sampleEvent("scheduled-run.json", Map.of()));
    }

    // ---- calls ----

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Object body) {
        return call(who, routeKey, pathParameters, Map.of(), body);
    }

    public Response call(Person who, String routeKey, Map<String, String> pathParameters, Map<String, String> query, Object body) {
        ObjectNode event = sampleEvent("list-notifications.json", Map.of());
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
