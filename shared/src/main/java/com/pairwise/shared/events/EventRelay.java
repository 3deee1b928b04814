package com.pairwise.shared.events;

import com.pairwise.shared.store.OutboxStore;
import java.io.PrintStream;
import java.util.List;

/**
 * Publishes events that were committed to the outbox together with their change, then removes them from it. A
 * failure is retried a few times, logged, and left in the outbox; {@link #drain} sends leftovers later (every async
 * job and the {@code outbox-drain} job of the matching function call it; the outbox is shared, so it also sends
 * what other functions left there), so an event is delivered at least once and never silently lost.
 */
public final class EventRelay {
    private static final int ATTEMPTS = 3;

    private final OutboxStore outbox;
    private final EventPublisher publisher;
    private final PrintStream log;

    public EventRelay(OutboxStore outbox, EventPublisher publisher, PrintStream log) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.log = log;
    }

    public void publish(List<DomainEvent> events) {
        events.forEach(this::publish);
    }

    /** @return true when published (and cleared from the outbox) */
    public boolean publish(DomainEvent event) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                publisher.publish(event);
                outbox.sent(event.id());
                return true;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    log.println("{\"level\":\"ERROR\",\"message\":\"event left in outbox for a later retry\",\"eventId\":\""
                            + event.id() + "\",\"detailType\":\"" + event.detailType() + "\",\"error\":\"" + e.getClass().getName() + "\"}");
                    return false;
                }
                pause(attempt);
            }
        }
        return false;
    }

    /** Sends what earlier attempts left behind; returns how many were sent. */
    public int drain() {
        int sent = 0;
        for (DomainEvent event : outbox.unsent(100)) {
            if (publish(event)) {
                sent++;
            }
        }
        return sent;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
