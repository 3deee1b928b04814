package com.pairwise.shared.events;

/**
 * Publishes domain events to the project's event bus (EventBridge in the cloud, the local runner's bus locally).
 * Implementations throw when the event was not accepted, so callers can keep it for a retry.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(String source, String detailType, String detailJson);

    default void publish(DomainEvent event) {
        publish(event.source(), event.detailType(), event.detail());
    }
}
