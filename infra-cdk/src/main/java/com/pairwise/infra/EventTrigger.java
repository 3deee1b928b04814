package com.pairwise.infra;

import java.util.List;
import java.util.Objects;

/**
 * An EventBridge rule that invokes a function: either events on the project bus matching a source and detail
 * types, or a daily schedule (scheduled rules live on the default bus, as EventBridge requires).
 *
 * @param id          construct id of the rule, unique in the stack
 * @param hourUtc     schedules only: the hour (UTC) of the daily run; null for event rules
 */
public record EventTrigger(String function, String id, String source, List<String> detailTypes, Integer hourUtc) {
    public EventTrigger {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(id, "id");
        detailTypes = detailTypes == null ? List.of() : List.copyOf(detailTypes);
        if ((source == null) == (hourUtc == null)) {
            throw new IllegalArgumentException("a trigger is either an event rule (source) or a schedule (hourUtc): " + id);
        }
    }

    public static EventTrigger events(String function, String id, String source, String... detailTypes) {
        return new EventTrigger(function, id, source, List.of(detailTypes), null);
    }

    public static EventTrigger daily(String function, String id, int hourUtc) {
        return new EventTrigger(function, id, null, List.of(), hourUtc);
    }

    public boolean isSchedule() {
        return hourUtc != null;
    }
}
