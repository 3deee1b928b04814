package com.pairwise.local;

import java.util.List;

/**
 * The part of an EventBridge rule pattern Pairwise uses: {@code {"source": [...], "detail-type": [...]}}. An empty
 * list leaves that field unconstrained; a non-empty one matches when the event's value is one of its entries.
 */
public record EventPattern(List<String> sources, List<String> detailTypes) {
    public EventPattern {
        sources = List.copyOf(sources);
        detailTypes = List.copyOf(detailTypes);
        if (sources.isEmpty() && detailTypes.isEmpty()) {
            throw new IllegalArgumentException("an event pattern must constrain source or detail-type");
        }
    }

    public static EventPattern of(String source, String... detailTypes) {
        return new EventPattern(List.of(source), List.of(detailTypes));
    }

    public boolean matches(String source, String detailType) {
        return (sources.isEmpty() || sources.contains(source)) && (detailTypes.isEmpty() || detailTypes.contains(detailType));
    }
}
