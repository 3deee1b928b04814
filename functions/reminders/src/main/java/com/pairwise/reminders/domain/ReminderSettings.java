package com.pairwise.reminders.domain;

import java.time.Duration;

/**
 * How delivery behaves. When reminders fall due is a program setting instead ({@link ProgramTimings}).
 *
 * @param retryBase          first wait after a refused mail; doubled each time
 * @param maxAttempts        refused deliveries before the mail goes to the dead-letter queue
 * @param claimLease         a claim older than this belongs to a run that died; another run may take it over
 */
public record ReminderSettings(
        Duration retryBase,
        int maxAttempts,
        Duration claimLease) {

    public static final ReminderSettings DEFAULT = new ReminderSettings(Duration.ofMinutes(5), 5, Duration.ofMinutes(5));

    /** Backoff after the n-th refusal (1-based): base, 2 base, 4 base, ... */
    public Duration retryAfter(int attempts) {
        return retryBase.multipliedBy(1L << Math.min(attempts - 1, 16));
    }

    /** "24h", "1h", "30m": the step name of a meeting reminder. */
    public static String leadName(Duration lead) {
        return lead.toMinutes() % 60 == 0 ? lead.toHours() + "h" : lead.toMinutes() + "m";
    }
}
