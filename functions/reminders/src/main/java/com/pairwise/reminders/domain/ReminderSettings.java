package com.pairwise.reminders.domain;

import java.time.Duration;
import java.util.List;

/**
 * When reminders fall due. Defaults here; a program may later carry its own (the program model has no reminder
 * settings yet, so every program uses these).
 *
 * @param meetingLeads       how long before a meeting each reminder goes (24 h and 1 h)
 * @param inactivityAfter    a pair with no meeting for this long gets a nudge
 * @param requestNudges      after how long a mentor with an unanswered request is nudged (first, second)
 * @param retryBase          first wait after a refused mail; doubled each time
 * @param maxAttempts        refused deliveries before the mail goes to the dead-letter queue
 * @param claimLease         a claim older than this belongs to a run that died; another run may take it over
 */
public record ReminderSettings(
        List<Duration> meetingLeads,
        Duration inactivityAfter,
        List<Duration> requestNudges,
        Duration retryBase,
        int maxAttempts,
        Duration claimLease) {

    public static final ReminderSettings DEFAULT = new ReminderSettings(
            List.of(Duration.ofHours(24), Duration.ofHours(1)), Duration.ofDays(21),
            List.of(Duration.ofDays(3), Duration.ofDays(6)), Duration.ofMinutes(5), 5, Duration.ofMinutes(5));

    public ReminderSettings {
        meetingLeads = List.copyOf(meetingLeads);
        requestNudges = List.copyOf(requestNudges);
    }

    /** Backoff after the n-th refusal (1-based): base, 2 base, 4 base, ... */
    public Duration retryAfter(int attempts) {
        return retryBase.multipliedBy(1L << Math.min(attempts - 1, 16));
    }

    /** "24h", "1h", "30m": the step name of a meeting reminder. */
    public static String leadName(Duration lead) {
        return lead.toMinutes() % 60 == 0 ? lead.toHours() + "h" : lead.toMinutes() + "m";
    }
}
