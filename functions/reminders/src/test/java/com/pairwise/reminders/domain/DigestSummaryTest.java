package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The digest's wording in each language, its week key, and names that cannot break the HTML. */
class DigestSummaryTest {
    private static final Map<String, String> FACTS = Map.of(
            "program", "Spring <cohort>", "days", "21", "asOf", "2026-12-21T07:00:00Z",
            "inactive", "Ana, <b>Ben</b>\t2026-11-23T10:00:00Z", "inactiveMore", "false",
            "waiting", "Fay\twaitlisted\t2026-11-21T07:00:00Z\nGus\tunmatched\t2026-12-14T07:00:00Z", "waitingMore", "true");

    @Test
    void listsIdlePairsAndWaitingPeopleWithHowLongInEachLanguage() {
        String en = DigestSummary.write(Language.EN, FACTS, ZoneId.of("Europe/London"));
        assertTrue(en.contains("no meeting held or booked for 21 days"), en);
        assertTrue(en.contains("- Ana, <b>Ben</b>: last activity"), en);
        assertTrue(en.contains("- Fay: on the waiting list for 30 days"), en);
        assertTrue(en.contains("- Gus: not matched by the last run, waiting for 7 days"), en);
        assertTrue(en.endsWith("... and more."), "more than listed: " + en);
        assertTrue(DigestSummary.write(Language.FR, FACTS, ZoneId.of("Europe/Paris")).contains("Fay : sur liste d'attente depuis 30 jours"));
        String none = DigestSummary.write(Language.ES, Map.of("days", "14", "asOf", "2026-12-21T07:00:00Z"), ZoneId.of("UTC"));
        assertTrue(none.contains("Ninguna.") && none.contains("Nadie."), none);
    }

    @Test
    void theHtmlPartEscapesNamesAndTheSubjectNamesTheProgram() {
        Reminder digest = new Reminder("coord-1", "prg_1/2026-W52", ReminderKind.WEEKLY_DIGEST, "prg_1",
                Instant.parse("2026-12-21T07:00:00Z"), 0, FACTS, null, 0);
        Message m = new MessageRenderer("https://api.example.com", new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8)))
                .render(digest, new Recipient("coord-1", "Carmen", "c@example.com", Language.EN, ZoneId.of("UTC")));
        assertEquals("Weekly digest: Spring <cohort>", m.subject());
        assertTrue(m.html().contains("Ana, &lt;b&gt;Ben&lt;/b&gt;: last activity"), m.html());
        assertFalse(m.html().contains("<b>Ben"), m.html());
        assertTrue(m.html().contains("<br>- Fay"), "one line each: " + m.html());
    }

    @Test
    void theWeekKeyIsTheIsoWeekAcrossTheYearsEnd() {
        assertEquals("2026-W52", WeeklyDigest.isoWeek(Instant.parse("2026-12-21T07:00:00Z")));
        assertEquals("2026-W53", WeeklyDigest.isoWeek(Instant.parse("2027-01-01T07:00:00Z")), "1 January 2027 belongs to 2026's week 53");
        assertEquals("2027-W01", WeeklyDigest.isoWeek(Instant.parse("2027-01-04T07:00:00Z")));
    }
}
