package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of the kinds other functions request: missing fields by their names in each language, and the link. */
class RequestedKindMessagesTest {
    private final MessageRenderer renderer = new MessageRenderer("https://api.example.com",
            new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8)));

    private Message render(Map<String, String> facts, Language lang) {
        Reminder r = new Reminder("u1", "prg_1", ReminderKind.REGISTRATION_INCOMPLETE, "prg_1", Instant.EPOCH, 1, facts, null, 0);
        return renderer.render(r, new Recipient("u1", "Lee", "lee@example.com", lang, ZoneId.of("UTC")));
    }

    @Test
    void namesEachMissingFieldInTheRecipientsLanguage() {
        Map<String, String> facts = Map.of("missingFields", "department,skills_offered");
        assertTrue(render(facts, Language.EN).text().contains("missing: department, skills you offer."));
        assertTrue(render(facts, Language.ES).text().contains("departamento, habilidades que ofreces"));
        assertTrue(render(facts, Language.FR).text().contains("service, compétences que vous offrez"));
        assertEquals("goals, shoe_size", MessageRenderer.fieldNames("goals,shoe_size", Language.EN), "an unknown field by its name");
    }

    @Test
    void linksWhereToActInBothPartsAndIgnoresAPathThatIsNotOne() {
        Message m = render(Map.of("missingFields", "goals", "path", "/programs/prg_1/registrations/me"), Language.EN);
        assertTrue(m.text().contains("Complete your registration: https://api.example.com/programs/prg_1/registrations/me"), m.text());
        assertTrue(m.html().contains("<a href=\"https://api.example.com/programs/prg_1/registrations/me\">Complete your registration</a>"), m.html());

        Message foreign = render(Map.of("missingFields", "goals", "path", "https://evil.example/x"), Language.EN);
        assertFalse(foreign.text().contains("evil"), "only a path under the public base URL is linked");
    }

    @Test
    void withoutFieldsItSaysSoGenerally() {
        Message m = render(Map.of(), Language.EN);
        assertTrue(m.text().contains("Your registration is not complete yet."), m.text());
        assertFalse(m.text().contains("missing: ."));
    }
}
