package com.pairwise.shared.model;

/** What a program wants of pairs across a boundary (country, department): nothing, a score bonus, or a must. */
public enum BoundaryPreference implements WireEnum {
    IGNORE,
    BONUS,
    REQUIRED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
