package com.pairwise.shared.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationWindowTest {
    private static final Instant OPENS = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-20T17:00:00Z");
    private final RegistrationWindow window = new RegistrationWindow(OPENS, CLOSES);

    @Test
    void notYetOpenUntilTheOpeningInstant() {
        assertTrue(window.notYetOpen(OPENS.minusNanos(1)));
        assertFalse(window.notYetOpen(OPENS));
        assertFalse(window.notYetOpen(OPENS.plusSeconds(1)));
    }

    @Test
    void closedFromTheClosingInstantOn() {
        assertFalse(window.alreadyClosed(CLOSES.minusNanos(1)));
        assertTrue(window.alreadyClosed(CLOSES));
        assertTrue(window.alreadyClosed(CLOSES.plusSeconds(1)));
    }

    @Test
    void beforeOpeningIsNotAlsoClosedAndAfterClosingIsNotAlsoUnopened() {
        assertFalse(window.alreadyClosed(OPENS.minusSeconds(1)));
        assertFalse(window.notYetOpen(CLOSES.plusSeconds(1)));
    }

    @Test
    void absentEndsAreUnbounded() {
        Instant farPast = Instant.parse("1970-01-01T00:00:00Z");
        Instant farFuture = Instant.parse("2999-01-01T00:00:00Z");
        assertFalse(new RegistrationWindow(null, CLOSES).notYetOpen(farPast));
        assertTrue(new RegistrationWindow(null, CLOSES).alreadyClosed(CLOSES));
        assertFalse(new RegistrationWindow(OPENS, null).alreadyClosed(farFuture));
        assertTrue(new RegistrationWindow(OPENS, null).notYetOpen(farPast));
    }

    @Test
    void alwaysIsNeverClosedNorUnopened() {
        assertNull(RegistrationWindow.ALWAYS.opensAt());
        assertNull(RegistrationWindow.ALWAYS.closesAt());
        assertFalse(RegistrationWindow.ALWAYS.notYetOpen(Instant.EPOCH));
        assertFalse(RegistrationWindow.ALWAYS.alreadyClosed(Instant.parse("2999-01-01T00:00:00Z")));
    }
}
