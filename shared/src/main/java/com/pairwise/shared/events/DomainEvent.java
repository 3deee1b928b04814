package com.pairwise.shared.events;

import java.time.Instant;

/**
 * One event for the project's EventBridge bus.
 *
 * @param id         unique; subscribers may use it to drop a redelivered copy
 * @param source     e.g. {@code pairwise.matching}
 * @param detailType e.g. {@code RelationshipStarted}
 * @param detail     a JSON object's text
 */
public record DomainEvent(String id, String source, String detailType, String detail, Instant createdAt) {
}
