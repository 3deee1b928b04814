package com.pairwise.shared.model;

/** What a program's bulk matching puts first. */
public enum MatchingObjective implements WireEnum {
    MOST_MATCHED,
    HIGHEST_SCORE;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
