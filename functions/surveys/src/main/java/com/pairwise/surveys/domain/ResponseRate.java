package com.pairwise.surveys.domain;

/** How many surveys of one kind went out and how many were answered. */
public record ResponseRate(String surveyId, long sent, long answered) {
    /** Answered share from 0 to 1, or null when none went out. */
    public Double rate() {
        return sent == 0 ? null : Math.min(1.0, (double) answered / sent);
    }
}
