package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.reminders.RemindersHarness;
import com.pairwise.reminders.RemindersHarness.Person;
import com.pairwise.reminders.RemindersHarness.Response;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Preferences, feed, unsubscribe, quiet hours and languages, through the handler against DynamoDB Local. */
class RemindersApiTest {
    private static final Instant MEETING = Instant.parse("2026-11-25T16:00:00Z");
    private final RemindersHarness h = new RemindersHarness();
    private final Person mentor = Person.user("mentor-1");
    private final Person mentee = Person.user("mentee-1");

    private Relationship pair(String menteeZone, List<String> menteeLanguages) {
        String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
        h.register(program, "mentor-1", Role.MENTOR, "Maya", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-1", Role.MENTEE, "Tomás", menteeLanguages, menteeZone, List.of("java"));
        return h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-1", List.of("mentee-1"), List.of());
    }

    private static String decodedText(String eml) {
        Matcher m = Pattern.compile("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--").matcher(eml);
        assertTrue(m.find(), eml);
        return new String(Base64.getMimeDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }

    @Test
    void preferencesDefaultToEverythingOnAndAcceptAMergePatch() {
        Response got = h.call(mentee, "GET /me/preferences", Map.of(), null);
        assertEquals(200, got.status());
        assertTrue(got.body().path("kinds").path("meeting").asBoolean());
        assertEquals("21:00", got.body().path("quietHours").path("start").asText());

        Response patched = h.call(mentee, "PATCH /me/preferences", Map.of(),
                Map.of("kinds", Map.of("inactivity", false), "quietHours", Map.of("start", "22:30")));
        assertEquals(200, patched.status(), patched.toString());
        assertFalse(patched.body().path("kinds").path("inactivity").asBoolean());
        assertTrue(patched.body().path("kinds").path("meeting").asBoolean());
        assertEquals("22:30", patched.body().path("quietHours").path("start").asText());
        assertEquals("08:00", patched.body().path("quietHours").path("end").asText());
        assertEquals(patched.body(), h.call(mentee, "GET /me/preferences", Map.of(), null).body());
    }

    @Test
    void badPreferencesAreA400NamingEachField() {
        Response bad = h.call(mentee, "PATCH /me/preferences", Map.of(),
                Map.of("kinds", Map.of("meeting", "no", "weather", true), "quietHours", Map.of("start", "25:00"), "colour", "red"));
        assertEquals(400, bad.status());
        assertEquals(List.of("colour", "kinds.weather", "kinds.meeting", "quietHours.start").stream().sorted().toList(),
                bad.errorFields().stream().sorted().toList());
        assertEquals(400, h.call(mentee, "PATCH /me/preferences", Map.of(), "[1]").status());
        assertEquals(400, h.call(mentee, "PATCH /me/preferences", Map.of(), "{").status());
        assertEquals(401, h.call(null, "GET /me/preferences", Map.of(), null).status());
    }

    @Test
    void aKindTurnedOffIsNotSentAndTheOthersStillAre() {
        Relationship r = pair("Europe/Madrid", List.of("es"));
        h.call(mentee, "PATCH /me/preferences", Map.of(), Map.of("kinds", Map.of("meeting", false)));
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(MEETING.minus(Duration.ofHours(24)));
        h.tick();
        assertEquals(List.of("mentor-1/meeting/mtg_1/24h"), h.mailedKeys());
    }

    @Test
    void theMailIsInTheRecipientsLanguageCarriesTheAgendaAndLandsInTheFeed() {
        Relationship r = pair("Europe/Madrid", List.of("es", "en"));
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(MEETING.minus(Duration.ofHours(24)));
        h.tick();
        String menteeMail = h.mails().stream().filter(m -> m.contains("To: mentee-1@example.com")).findFirst().orElseThrow();
        String text = decodedText(menteeMail);
        assertTrue(text.startsWith("Hola Tomás"), text);
        assertTrue(text.contains("Maya"), "partner's name: " + text);
        assertTrue(text.contains("- Próximos pasos"), "the agenda in Spanish: " + text);
        assertTrue(menteeMail.contains("Content-Type: text/html"));
        assertTrue(menteeMail.contains("List-Unsubscribe: <https://api.example.com/unsubscribe?token="));

        Response feed = h.call(mentee, "GET /me/notifications", Map.of(), null);
        assertEquals(200, feed.status());
        JsonNode item = feed.body().path("items").get(0);
        assertEquals("meeting", item.path("kind").asText());
        assertFalse(item.path("read").asBoolean());
        Response read = h.call(mentee, "POST /me/notifications/{notificationId}/read", Map.of("notificationId", item.path("id").asText()), null);
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.body().path("read").asBoolean());
        assertEquals(404, h.call(mentor, "POST /me/notifications/{notificationId}/read", Map.of("notificationId", item.path("id").asText()), null).status(),
                "nobody marks someone else's entry");
        assertEquals(404, h.call(mentee, "POST /me/notifications/{notificationId}/read", Map.of("notificationId", "../x"), null).status());
        assertEquals(400, h.call(mentee, "GET /me/notifications", Map.of(), Map.of("before", "garbage"), null).status());
        assertEquals(400, h.call(mentee, "GET /me/notifications", Map.of(), Map.of("limit", "0"), null).status());
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningInAndCannotBeForged() {
        Relationship r = pair("Europe/Madrid", List.of("es"));
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(MEETING.minus(Duration.ofHours(24)));
        h.tick();
        String mail = h.mails().stream().filter(m -> m.contains("To: mentee-1@example.com")).findFirst().orElseThrow();
        Matcher link = Pattern.compile("List-Unsubscribe: <https://api.example.com/unsubscribe\\?token=([A-Za-z0-9_.-]+)&lang=es>").matcher(mail);
        assertTrue(link.find());
        String token = link.group(1);

        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("mentor-1\nmeeting".getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        Response refused = h.call(null, "GET /unsubscribe", Map.of(), Map.of("token", forged), null);
        assertEquals(400, refused.status());
        assertEquals(List.of("token"), refused.errorFields());
        assertEquals(400, h.call(null, "GET /unsubscribe", Map.of(), Map.of(), null).status());

        assertTrue(mail.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "RFC 8058 one-click");
        assertEquals(400, h.call(null, "POST /unsubscribe", Map.of(), Map.of("token", forged), null).status(), "nor by POST");

        Response page = h.call(null, "GET /unsubscribe", Map.of(), Map.of("token", token, "lang", "es"), null);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.text().contains("<html lang=\"es\">") && page.text().contains("Darme de baja"), page.text());
        assertTrue(page.text().contains("<form method=\"post\" action=\"unsubscribe?token=" + token + "&amp;lang=es\">"), page.text());
        assertTrue(h.call(mentee, "GET /me/preferences", Map.of(), null).body().path("kinds").path("meeting").asBoolean(),
                "opening the link (a mail scanner, a link preview) changes nothing");

        Response oneClick = h.deliver("unsubscribe-one-click.json", Map.of("TOKEN", token));
        assertEquals(200, oneClick.status(), "a mail client's one-click POST, form body and all: " + oneClick);
        assertTrue(oneClick.text().contains("Ya no recibirás"), oneClick.text());
        Response again = h.call(null, "POST /unsubscribe", Map.of(), Map.of("token", token), null);
        assertEquals(200, again.status(), "one-click POST, twice is fine");
        assertFalse(h.call(mentee, "GET /me/preferences", Map.of(), null).body().path("kinds").path("meeting").asBoolean());
        assertTrue(h.call(mentor, "GET /me/preferences", Map.of(), null).body().path("kinds").path("meeting").asBoolean());

        h.clock.set(MEETING.minus(Duration.ofHours(1)));
        h.tick();
        assertEquals(3, h.mails().size(), "the 1 h reminder goes to the mentor only");
    }

    @Test
    void nothingDuringQuietHoursInTheRecipientsOwnZoneHeldUntilTheirMorning() {
        Relationship r = pair("Asia/Tokyo", List.of("fr"));
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(MEETING.minus(Duration.ofHours(24)));  // 16:00 UTC: 16:00 London, 01:00 Tokyo
        h.tick();
        assertEquals(List.of("mentor-1/meeting/mtg_1/24h"), h.mailedKeys());
        h.clock.set(Instant.parse("2026-11-24T22:59:00Z"));  // 07:59 Tokyo
        h.tick();
        assertEquals(1, h.mails().size());
        h.clock.set(Instant.parse("2026-11-24T23:00:00Z"));  // 08:00 Tokyo
        h.tick();
        assertEquals(2, h.mails().size());
        assertTrue(decodedText(h.mails().get(1)).startsWith("Bonjour Tomás"));
    }

    @Test
    void aQuietNudgeForAnInactivePairAndNoneOnceTheRelationshipEnded() {
        Relationship r = pair("Europe/Madrid", List.of("es"));
        h.relationshipStarted(r);
        h.relationshipStarted(r);
        h.clock.advance(Duration.ofDays(21));
        h.tick();
        assertEquals(2, h.mails().size(), "one nudge each after 21 days without a meeting");
        assertTrue(h.mailedKeys().contains("mentee-1/inactivity/" + r.id()));

        Relationship other = pair2(r.programId());
        h.relationshipStarted(other);
        h.end(other);
        h.clock.advance(Duration.ofDays(22));
        h.tick();
        assertEquals(2, h.mails().size(), "ended relationships are not nudged");
    }

    private Relationship pair2(String program) {
        h.register(program, "mentor-2", Role.MENTOR, "Max", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-2", Role.MENTEE, "Eva", List.of("en"), "Europe/London", List.of("java"));
        return h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-2", List.of("mentee-2"), List.of());
    }

    @Test
    void aMeetingPushesTheInactivityNudgeOut() {
        Relationship r = pair("Europe/Madrid", List.of("es"));
        h.relationshipStarted(r);
        h.meetingScheduled(r, "mtg_1", Instant.parse("2026-12-01T10:00:00Z"), 0);
        h.clock.set(Instant.parse("2026-12-14T12:00:00Z"));  // 21 days after the start, 13 after the meeting
        h.tick();
        assertTrue(h.mailedKeys().stream().noneMatch(k -> k.contains("/inactivity/")), h.mailedKeys().toString());
        h.clock.set(Instant.parse("2026-12-22T12:00:00Z"));  // 21 days after the meeting
        h.tick();
        assertEquals(2, h.mailedKeys().stream().filter(k -> k.contains("/inactivity/")).count());
    }

    @Test
    void reminderRequestedIsTheExtensionPointForSurveys() {
        Relationship r = pair("Europe/Madrid", List.of("es"));
        h.deliver("reminder-requested.json", Map.of("PROGRAM_ID", r.programId(), "demo-mentee-1", "mentee-1"));
        h.clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        h.tick();
        assertEquals(List.of("mentee-1/survey_due/SURVEY_ID"), h.mailedKeys());
    }
}
