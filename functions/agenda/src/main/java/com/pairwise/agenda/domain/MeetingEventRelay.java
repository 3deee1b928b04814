package com.pairwise.agenda.domain;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.store.OutboxStore;
import java.io.PrintStream;

/**
 * Publishes a meeting event committed to the outbox with its meeting, then clears it. A refused publish leaves it in
 * the shared outbox, which the matching function's outbox drain sends later: delivered at least once, never lost.
 */
public final class MeetingEventRelay {
    private final OutboxStore outbox;
    private final EventPublisher publisher;
    private final PrintStream log;

    public MeetingEventRelay(OutboxStore outbox, EventPublisher publisher, PrintStream log) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.log = log;
    }

    public void publish(DomainEvent event) {
        try {
            publisher.publish(event);
            outbox.sent(event.id());
        } catch (RuntimeException e) {
            log.println("{\"level\":\"WARN\",\"function\":\"agenda\",\"message\":\"event left in outbox\",\"eventId\":\""
                    + event.id() + "\",\"detailType\":\"" + event.detailType() + "\",\"error\":\"" + e.getClass().getName() + "\"}");
        }
    }
}
