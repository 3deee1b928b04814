package com.pairwise.shared.model;

/** Lifecycle of a program; mentor recruitment may open before mentee registration. */
public enum ProgramStatus implements WireEnum {
    DRAFT,
    RECRUITING_MENTORS,
    OPEN,
    CLOSED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
