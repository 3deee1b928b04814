package com.pairwise.local;

import java.util.List;

/**
 * What a function uses to publish domain events locally; the cloud side does the same with EventBridge's
 * PutEvents. {@link LocalEventBus} implements it. When the shared module gets its own {@code EventPublisher},
 * an adapter of one line ({@code (source, type, detail) -> bus.publish(source, type, detail)}) bridges the two.
 */
public interface LocalEventPublisher {

    /** One PutEvents entry. {@code detail} is a JSON object's text. */
    record Entry(String source, String detailType, String detail) {
    }

    /** Publishes one event and returns its id; delivery to matching rules happens asynchronously. */
    default String publish(String source, String detailType, String detailJson) {
        return publishAll(List.of(new Entry(source, detailType, detailJson))).get(0);
    }

    /** Publishes events in order and returns their ids (PutEvents takes at most 10 entries). */
    List<String> publishAll(List<Entry> entries);
}
