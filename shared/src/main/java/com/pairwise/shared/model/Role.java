package com.pairwise.shared.model;

/** What a person signs up as. */
public enum Role implements WireEnum {
    MENTOR,
    MENTEE,
    PEER;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
