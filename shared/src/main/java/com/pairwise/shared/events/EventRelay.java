package com.pairwise.shared.events;

import com.pairwise.shared.store.OutboxStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Sends events that were committed to the outbox together with their change, then removes them from it. Who sends
 * a new entry is the {@link OutboxDelivery}: the committing request itself, or the table's stream
 * ({@link #relayFromStream}). A failure is retried a few times, logged, and left in the outbox; {@link #drain} sends
 * leftovers later (every async job and the {@code outbox-drain} job of the matching function call it; the outbox is
 * shared, so it also sends what other functions left there), so an event is delivered at least once and never
 * silently lost.
 */
public final class EventRelay {
    private static final int ATTEMPTS = 3;
    /**
     * With stream delivery, {@link #drain} leaves younger entries to the stream, which relays within seconds; sending
     * them as well would deliver most events twice.
     */
    public static final Duration STREAM_GRACE = Duration.ofMinutes(2);
    /** The {@code event} of the log line a drain that sent something writes (the stack's metric filter matches it). */
    public static final String DRAINED = "outbox-drained";

    private final OutboxStore outbox;
    private final EventPublisher publisher;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final PrintStream log;

    /** Sends at commit: the local runner and tests, which read no stream. */
    public EventRelay(OutboxStore outbox, EventPublisher publisher, PrintStream log) {
        this(outbox, publisher, OutboxDelivery.AT_COMMIT, Clock.systemUTC(), log);
    }

    public EventRelay(OutboxStore outbox, EventPublisher publisher, OutboxDelivery delivery, Clock clock, PrintStream log) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.delivery = delivery;
        this.clock = clock;
        this.log = log;
    }

    /** Called once the events' outbox entries are committed. */
    public void publish(List<DomainEvent> events) {
        if (delivery == OutboxDelivery.AT_COMMIT) {
            events.forEach(this::send);
        }
    }

    /** Called once the event's outbox entry is committed. */
    public void publish(DomainEvent event) {
        publish(List.of(event));
    }

    /** Sends entries the table's stream reported as new; returns how many were sent (the rest stay for {@link #drain}). */
    public int relayFromStream(List<DomainEvent> committed) {
        return sendAll(committed);
    }

    /**
     * Sends what earlier attempts left behind; returns how many were sent. Anything sent here is late (a refused
     * PutEvents, or a stream that did not relay within the grace), so it is logged as {@value #DRAINED}, which the
     * stack counts and alarms on: a stalled stream mapping reports no lag of its own.
     */
    public int drain() {
        int sent = sendAll(delivery == OutboxDelivery.BY_STREAM
                ? outbox.unsent(100, clock.instant().minus(STREAM_GRACE))
                : outbox.unsent(100));
        if (sent > 0) {
            log.println("{\"level\":\"WARN\",\"message\":\"events sent late, from the outbox\",\"event\":\"" + DRAINED
                    + "\",\"sent\":" + sent + "}");
        }
        return sent;
    }

    private int sendAll(List<DomainEvent> events) {
        int sent = 0;
        for (DomainEvent event : events) {
            if (send(event)) {
                sent++;
            }
        }
        return sent;
    }

    /** @return true when published (and cleared from the outbox) */
    private boolean send(DomainEvent event) {
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

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
