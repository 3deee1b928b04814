package com.pairwise.infra;

import java.util.Objects;

/**
 * A daily EventBridge schedule that invokes a function (its live alias) with a Scheduled Event, e.g. the surveys
 * function sending the surveys that fell due.
 *
 * @param ruleId  construct id of the rule, e.g. {@code SurveysDaily}
 * @param hourUtc the hour of the day (UTC) it runs at
 */
public record ScheduledRun(String function, String ruleId, int hourUtc) {
    public ScheduledRun {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(ruleId, "ruleId");
        if (hourUtc < 0 || hourUtc > 23) {
            throw new IllegalArgumentException("hourUtc must be 0-23: " + hourUtc);
        }
    }
}
