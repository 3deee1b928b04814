package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whom a reminder's message names, as its feed entry records it for an erasure. */
class ReminderAboutTest {
    private static Reminder reminder(String recipient, Map<String, String> facts) {
        return new Reminder(recipient, "s", ReminderKind.WEEKLY_DIGEST, "prg_1", Instant.EPOCH, 0, facts, null, 0);
    }

    @Test
    void partnersAndListedPeopleCountTheRecipientAndBlanksDoNot() {
        assertEquals(Set.of("a", "b", "c"), reminder("me", Map.of("partnerIds", "a, b,,me", "about", "c,me")).about());
    }

    @Test
    void aReminderAboutTheRecipientAloneNamesNobody() {
        assertEquals(Set.of(), reminder("me", Map.of("path", "/surveys/x")).about());
    }
}
