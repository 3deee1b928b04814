package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void aKeyReadOnFirstUseIsReadOnceWhenFirstNeededAndSignsAsTheSameKeyWould() {
        AtomicInteger reads = new AtomicInteger();
        UnsubscribeTokens lazy = UnsubscribeTokens.onFirstUse(() -> {
            reads.incrementAndGet();
            return "k".repeat(32).getBytes(StandardCharsets.UTF_8);
        });
        assertEquals(0, reads.get(), "read before it was needed");
        String token = lazy.sign("user-1", ReminderKind.MEETING);
        assertEquals(tokens.sign("user-1", ReminderKind.MEETING), token);
        assertEquals(Optional.of(new UnsubscribeTokens.Grant("user-1", ReminderKind.MEETING)), lazy.verify(token));
        lazy.readKey();
        assertEquals(1, reads.get());
    }

    @Test
    void aFailedReadIsTriedAgainAndAShortKeyIsRefusedWhenRead() {
        AtomicInteger reads = new AtomicInteger();
        UnsubscribeTokens lazy = UnsubscribeTokens.onFirstUse(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("Secrets Manager unreachable");
            }
            return "k".repeat(32).getBytes(StandardCharsets.UTF_8);
        });
        assertThrows(IllegalStateException.class, () -> lazy.sign("user-1", ReminderKind.MEETING));
        assertEquals(tokens.sign("user-1", ReminderKind.MEETING), lazy.sign("user-1", ReminderKind.MEETING));
        assertEquals(2, reads.get());

        UnsubscribeTokens shortKey = UnsubscribeTokens.onFirstUse(() -> new byte[16]);
        assertThrows(IllegalArgumentException.class, shortKey::readKey);
    }
}
