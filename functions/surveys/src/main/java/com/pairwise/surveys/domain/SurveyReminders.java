package com.pairwise.surveys.domain;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.ReminderRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The "a survey is waiting" reminder, asked of the reminders function for every instance sent ({@code ReminderRequested},
 * kind {@code survey_due}, subject the instance id, due {@link #DUE_AFTER} after sending, revision 1) and withdrawn when
 * it is answered ({@code ReminderWithdrawn}, revision 2). Instances do not close, so there is no last call. The events
 * are written to the outbox with the instance or the answer, then published. Without a bus ({@link #none()}) nothing is
 * asked for, as the agenda function announces nothing without one.
 */
public final class SurveyReminders {
    public static final Duration DUE_AFTER = Duration.ofDays(3);
    public static final String SOURCE = "pairwise.surveys";

    private final ReminderRequests requests;
    private final EventRelay relay;

    public SurveyReminders(ReminderRequests requests, EventRelay relay) {
        this.requests = requests;
        this.relay = relay;
    }

    public static SurveyReminders none() {
        return new SurveyReminders(null, null);
    }

    public List<DomainEvent> sent(SurveyInstance i) {
        if (requests == null) {
            return List.of();
        }
        return List.of(requests.requested(i.userId(), ReminderRequests.SURVEY_DUE, i.id(), i.programId(), i.sentAt().plus(DUE_AFTER), 1,
                Map.of("instanceId", i.id(), "path", "/surveys/" + i.id()), i.sentAt()));
    }

    public List<DomainEvent> answered(SurveyInstance i, Instant now) {
        if (requests == null) {
            return List.of();
        }
        return List.of(requests.withdrawn(i.userId(), ReminderRequests.SURVEY_DUE, i.id(), 2, now));
    }

    /** After the write that holds them committed. */
    public void publish(List<DomainEvent> events) {
        if (relay != null) {
            relay.publish(events);
        }
    }
}
