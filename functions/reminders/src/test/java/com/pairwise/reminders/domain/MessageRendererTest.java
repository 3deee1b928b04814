package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8));
    private final MessageRenderer renderer = new MessageRenderer("https://api.example.com/", tokens);

    private static Reminder meeting() {
        return new Reminder("u1", "mtg_1/24h", ReminderKind.MEETING, "prg_1", Instant.parse("2026-11-24T16:00:00Z"), 0,
                Map.of("start", "2026-11-25T16:00:00Z", "partner", "Ana <script>", "agenda", "Check-in\nGoals & next steps"),
                Instant.parse("2026-11-25T16:00:00Z"), 0);
    }

    @Test
    void writesInTheRecipientsLanguageAndZoneWithTheAgenda() {
        Message es = renderer.render(meeting(), new Recipient("u1", "Luis", "luis@example.com", Language.ES, ZoneId.of("Europe/Madrid")));
        assertTrue(es.subject().startsWith("Recordatorio"), es.subject());
        assertTrue(es.text().contains("Hola Luis"), es.text());
        assertTrue(es.text().contains("17:00"), "16:00 UTC is 17:00 in Madrid: " + es.text());
        assertTrue(es.text().contains("- Goals & next steps"));
        Message fr = renderer.render(meeting(), new Recipient("u1", "Luc", "luc@example.com", Language.FR, ZoneId.of("America/Montreal")));
        assertTrue(fr.subject().startsWith("Rappel"), fr.subject());
        assertTrue(fr.text().contains("11:00"), "16:00 UTC is 11:00 in Montreal: " + fr.text());
        Message en = renderer.render(meeting(), new Recipient("u1", "Lee", "lee@example.com", Language.EN, ZoneId.of("UTC")));
        assertTrue(en.text().startsWith("Hello Lee,"));
    }

    @Test
    void escapesFactsInHtmlButNotInText() {
        Message m = renderer.render(meeting(), new Recipient("u1", "Lee", "lee@example.com", Language.EN, ZoneId.of("UTC")));
        assertFalse(m.html().contains("<script>"));
        assertTrue(m.html().contains("Ana &lt;script&gt;"));
        assertTrue(m.html().contains("Goals &amp; next steps"));
        assertTrue(m.text().contains("Ana <script>"));
    }

    @Test
    void carriesAWorkingUnsubscribeLinkForItsKindInBothParts() {
        Message m = renderer.render(meeting(), new Recipient("u1", "Lee", "lee@example.com", Language.EN, ZoneId.of("UTC")));
        assertTrue(m.unsubscribeUrl().startsWith("https://api.example.com/unsubscribe?token="));
        assertTrue(m.text().contains(m.unsubscribeUrl()));
        assertTrue(m.html().contains("href=\"" + m.unsubscribeUrl().replace("&", "&amp;") + "\""), "the & escaped in HTML");
        String token = m.unsubscribeUrl().substring(m.unsubscribeUrl().indexOf("token=") + 6, m.unsubscribeUrl().indexOf("&lang="));
        assertEquals(new UnsubscribeTokens.Grant("u1", ReminderKind.MEETING), tokens.verify(token).orElseThrow());
    }

    @Test
    void everyKindHasWordsInEveryLanguage() {
        for (Language lang : Language.values()) {
            for (ReminderKind kind : ReminderKind.values()) {
                Reminder r = new Reminder("u1", "s", kind, "p", Instant.EPOCH, 0, Map.of(), null, 0);
                Message m = renderer.render(r, new Recipient("u1", "X", null, lang, ZoneId.of("UTC")));
                assertFalse(m.subject().isBlank());
                assertFalse(m.text().contains("{"), lang + " " + kind + ": " + m.text());
            }
        }
    }
}
