package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedTokenGrantsItsPersonAndKind() {
        String token = tokens.sign("user-1", ReminderKind.INACTIVITY);
        assertEquals(Optional.of(new UnsubscribeTokens.Grant("user-1", ReminderKind.INACTIVITY)), tokens.verify(token));
    }

    @Test
    void aTokenForSomeoneElseCannotBeMadeFromOnesOwn() {
        String mine = tokens.sign("user-1", ReminderKind.MEETING);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("user-2\nmeeting".getBytes(StandardCharsets.UTF_8))
                + mine.substring(mine.indexOf('.'));
        assertTrue(tokens.verify(forged).isEmpty());
    }

    @Test
    void anotherKeysTokenAndGarbageAreRefused() {
        UnsubscribeTokens other = new UnsubscribeTokens("x".repeat(32).getBytes(StandardCharsets.UTF_8));
        assertTrue(tokens.verify(other.sign("user-1", ReminderKind.MEETING)).isEmpty());
        for (String bad : new String[] {"", ".", "abc", "a.b.c", "!!!.???", "x".repeat(600), null}) {
            assertTrue(tokens.verify(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(new byte[16]));
    }
}
