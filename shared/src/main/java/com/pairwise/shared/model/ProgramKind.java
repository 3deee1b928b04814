package com.pairwise.shared.model;

/** Cohort programs run between dates; evergreen programs take people at any time. */
public enum ProgramKind implements WireEnum {
    COHORT,
    EVERGREEN;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
