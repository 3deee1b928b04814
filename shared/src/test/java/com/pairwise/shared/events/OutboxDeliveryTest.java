package com.pairwise.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutboxDeliveryTest {
    @Test
    void unsetMeansAtCommitAndStreamMeansTheStream() {
        assertEquals(OutboxDelivery.AT_COMMIT, OutboxDelivery.parse(null));
        assertEquals(OutboxDelivery.AT_COMMIT, OutboxDelivery.parse(""));
        assertEquals(OutboxDelivery.AT_COMMIT, OutboxDelivery.parse("at-commit"));
        assertEquals(OutboxDelivery.BY_STREAM, OutboxDelivery.parse("stream"));
    }

    @Test
    void aFunctionThatLeavesSendingToTheStreamHasAPublisherThatRefusesLoudly() {
        // EventRelay catches the refusal and leaves the entry in the outbox, so a stray call loses nothing
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OutboxDelivery.BY_STREAM.committingPublisher().publish("pairwise.signup", "X", "{}"));
        assertTrue(e.getMessage().contains("stream"), e.getMessage());
    }

    @Test
    void aTypoStopsTheFunctionAtInitRatherThanSendingNothing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutboxDelivery.parse("Stream"));
        assertTrue(e.getMessage().contains("OUTBOX_DELIVERY"), e.getMessage());
    }
}
