package com.pairwise.reminders.domain;

/** Checked just before sending: a nudge for a relationship that has ended since it was scheduled is dropped. */
@FunctionalInterface
public interface Relevance {
    boolean stillRelevant(Reminder reminder);
}
