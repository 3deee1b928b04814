package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.reminders.RemindersHarness.Person;
import com.pairwise.reminders.RemindersHarness.Response;
import com.pairwise.reminders.RemindersHarness;
import com.pairwise.reminders.domain.MailRefusedException;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.testing.LogLines;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the reminders function writes to its log: one JSON line per request with a correlation id, one ReminderSent
 * metric line per reminder delivered (by mail or to the feed only) carrying the run's id, and no personal data:
 * no names, addresses, agenda texts or message texts, not even when the mail service's refusal quotes an address.
 */
class LogPrivacyAndMetricsTest {
    private static final Instant MEETING = Instant.parse("2026-11-25T16:00:00Z");
    private static final String ZOE = "Zoe Quintana-Oyelaran";
    private static final String ZOE_EMAIL = "zoe.quintana@example.org";
    private static final String BART = "Bartholomew Nkemelu";
    private static final String BART_EMAIL = "b.nkemelu@example.net";
    private static final String AGENDA_EN = "Goal: rehearse the Reykjavik board pitch";
    private static final String AGENDA_ES = "Objetivo: ensayar la presentación de Reikiavik";
    /** What SES answers for an unverified recipient in the sandbox: the address is in the message. */
    private static final String REFUSAL = "MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: "
            + BART_EMAIL;

    private final RemindersHarness h = new RemindersHarness();
    private final Person zoe = Person.user("usr-mentor-7");
    private final Person bart = Person.user("usr-mentee-7");
    /** Coordinates the program with no profile anywhere: the weekly digest reaches them in the feed only. */
    private final Person coordinator = Person.user("usr-coord-7");

    private List<JsonNode> logLines() {
        return LogLines.parse(h.log.toString(StandardCharsets.UTF_8));
    }

    private void meetingScheduled(Relationship r) {
        ObjectNode event = RemindersHarness.sampleEvent("meeting-scheduled.json",
                Map.of("MEETING_ID", "mtg_7", "RELATIONSHIP_ID", r.id(), "PROGRAM_ID", r.programId()));
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.put("start", MEETING.toString());
        detail.set("participants", Json.MAPPER.valueToTree(r.participants()));
        detail.set("agendas", Json.MAPPER.valueToTree(Map.of("en", List.of(AGENDA_EN, "Next steps"), "es", List.of(AGENDA_ES, "Próximos pasos"))));
        h.invoke(event);
    }

    @Test
    void remindersSentRefusedAndReadLogNoPersonalDataAndEachDeliveryCountsOnce() {
        String program = h.program(ProgramFormat.ONE_TO_ONE, coordinator.userId());
        h.register(program, zoe.userId(), Role.MENTOR, ZOE, ZOE_EMAIL, List.of("en"), "Europe/London", List.of("java"));
        h.register(program, bart.userId(), Role.MENTEE, BART, BART_EMAIL, List.of("es"), "Europe/Madrid", List.of("java"));
        Relationship r = h.relationship(program, ProgramFormat.ONE_TO_ONE, zoe.userId(), List.of(bart.userId()), List.of());
        int requests = 0;

        assertEquals(200, h.call(bart, "PATCH /me/preferences", Map.of(), Map.of("quietHours", Map.of("start", "22:30"))).status());
        assertEquals(400, h.call(bart, "PATCH /me/preferences", Map.of(), Map.of("quietHours", Map.of("start", "25:00"))).status());
        assertEquals("22:30", h.call(bart, "GET /me/preferences", Map.of(), null).body().path("quietHours").path("start").asText());
        requests += 3;
        meetingScheduled(r);

        // Monday 10:00 UTC: the weekly rule plans the coordinator's digest and the run right after delivers it, feed only.
        h.deliver("weekly-digest.json", Map.of());

        // The day before: Zoe's reminder is mailed, Bart's is refused with his address in the reason, then retried.
        h.clock.set(MEETING.minus(Duration.ofHours(24)).plusSeconds(60));
        h.mail = m -> {
            if (m.to().equals(BART_EMAIL)) {
                throw new MailRefusedException(REFUSAL, null);
            }
            h.outbox.send(m);
        };
        h.tick();
        h.mail = h.outbox;
        h.clock.advance(Duration.ofMinutes(6));
        h.tick();
        h.tick();
        assertEquals(2, h.mails().size(), "Zoe's and Bart's 24 h reminders");

        List<String> messageTexts = new ArrayList<>();
        for (Person p : List.of(zoe, bart, coordinator)) {
            Response feed = h.call(p, "GET /me/notifications", Map.of(), null);
            assertEquals(200, feed.status(), feed.toString());
            JsonNode items = feed.body().path("items");
            assertFalse(items.isEmpty(), p + ": " + feed);
            for (JsonNode entry : items) {
                messageTexts.add(entry.path("subject").asText());
                messageTexts.addAll(meaningfulLines(entry.path("text").asText()));
            }
            JsonNode item = items.get(0);
            assertEquals(200, h.call(p, "POST /me/notifications/{notificationId}/read", Map.of("notificationId", item.path("id").asText()), null)
                    .status());
            requests += 2;
        }
        h.mails().forEach(eml -> messageTexts.addAll(meaningfulLines(RemindersHarness.plainText(eml))));
        assertTrue(messageTexts.stream().anyMatch(t -> t.contains(AGENDA_ES)), "the mails and feed carry what must not be logged: " + messageTexts);
        assertTrue(messageTexts.stream().anyMatch(t -> t.contains("Zoe")), messageTexts.toString());

        String log = h.log.toString(StandardCharsets.UTF_8);
        List<String> personal = new ArrayList<>(List.of(ZOE, "Zoe", "Quintana", BART, "Bartholomew", "Nkemelu", ZOE_EMAIL, "zoe.quintana",
                BART_EMAIL, "b.nkemelu", AGENDA_EN, AGENDA_ES, "Reykjavik", "Reikiavik", REFUSAL, "not verified"));
        personal.addAll(messageTexts);
        for (String p : personal) {
            assertFalse(log.contains(p), () -> "'" + p + "' in log:\n" + log);
        }

        List<JsonNode> lines = logLines();
        List<JsonNode> refused = lines.stream().filter(l -> "mail-refused".equals(l.path("event").asText())).toList();
        assertEquals(1, refused.size(), "the refusal was logged, without its reason: " + log);
        assertEquals("meeting", refused.get(0).path("reminder").asText());

        List<JsonNode> requestLines = lines.stream().filter(l -> l.has("status")).toList();
        assertEquals(requests, requestLines.size(), log);
        requestLines.forEach(l -> {
            assertEquals("reminders", l.path("function").asText(), l.toString());
            assertFalse(l.path("correlationId").asText().isBlank(), l.toString());
            assertEquals(l.path("requestId").asText(), l.path("correlationId").asText(), "no header: the request id");
        });

        // Each run's metric lines carry its id and add up to what it reports as sent; runs that sent nothing write none.
        List<JsonNode> metricLines = lines.stream().filter(l -> l.has("_aws")).toList();
        metricLines.forEach(l -> {
            assertEquals("ReminderSent", l.at("/_aws/CloudWatchMetrics/0/Metrics/0/Name").asText(), l.toString());
            assertEquals("reminders", l.path("function").asText());
            assertEquals("local", l.path("Stage").asText());
        });
        Map<String, Long> sentByRun = metricLines.stream()
                .collect(Collectors.groupingBy(l -> l.path("correlationId").asText(), Collectors.summingLong(l -> l.path("ReminderSent").asLong())));
        Map<String, Long> reportedByRun = new HashMap<>();
        List<Integer> sentPerRun = new ArrayList<>();
        for (JsonNode run : lines.stream().filter(l -> "run".equals(l.path("event").asText())).toList()) {
            assertTrue(run.path("correlationId").asText().startsWith("run_"), run.toString());
            sentPerRun.add(run.path("sent").asInt());
            if (run.path("sent").asInt() > 0) {
                reportedByRun.put(run.path("correlationId").asText(), run.path("sent").asLong());
            }
        }
        assertEquals(List.of(1, 1, 1, 0), sentPerRun, "digest (feed only); Zoe mailed, Bart refused; Bart on retry; nothing left: " + log);
        assertEquals(reportedByRun, sentByRun, log);
        assertEquals(3, metricLines.size(), "one line per delivered reminder: 2 mails and 1 feed-only digest");
        assertEquals(Set.copyOf(reportedByRun.keySet()), Set.copyOf(sentByRun.keySet()));
    }

    @Test
    void theCallersCorrelationIdIsLoggedAndEchoed() {
        ObjectNode event = RemindersHarness.sampleEvent("get-preferences.json", Map.of());
        ((ObjectNode) event.get("headers")).put("x-correlation-id", "web-4711");
        Response r = h.invoke(event);
        assertEquals("web-4711", r.headers().path("x-correlation-id").asText(), r.toString());
        List<JsonNode> requestLines = logLines().stream().filter(l -> l.has("status")).toList();
        assertEquals(1, requestLines.size());
        assertEquals("web-4711", requestLines.get(0).path("correlationId").asText());
        assertEquals("reminders", requestLines.get(0).path("function").asText());
    }

    /** Lines of a message long enough to be its own text rather than a word any log line might hold. */
    private static List<String> meaningfulLines(String text) {
        return text.lines().map(String::strip).filter(l -> l.length() >= 12).toList();
    }
}
