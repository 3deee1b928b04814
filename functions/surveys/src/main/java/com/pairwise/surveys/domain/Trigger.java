package com.pairwise.surveys.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a survey goes out.
 *
 * @param afterDays days after the event (0: at once)
 * @param everyDays started trigger only: repeat every so many days while the relationship is active; null: once
 */
public record Trigger(TriggerEvent on, int afterDays, Integer everyDays) {

    /** When occurrence {@code n} (1-based) of this survey is due for a relationship that started at {@code startedAt}. */
    public Instant dueAt(Instant startedAt, int n) {
        long days = afterDays + (long) (n - 1) * (everyDays == null ? 0 : everyDays);
        return startedAt.plus(Duration.ofDays(days));
    }

    public boolean repeats() {
        return everyDays != null;
    }
}
