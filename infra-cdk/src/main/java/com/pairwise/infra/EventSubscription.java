package com.pairwise.infra;

import java.util.Objects;

/**
 * An EventBridge rule on the Pairwise bus that invokes a function: events of {@code source} with
 * {@code detailType} go to the function named {@code function} (its live alias).
 *
 * @param ruleId construct id of the rule, e.g. {@code AgendaRelationshipStarted}
 */
public record EventSubscription(String function, String ruleId, String source, String detailType) {
    public EventSubscription {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detailType, "detailType");
    }
}
