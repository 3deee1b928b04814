package com.pairwise.shared.model;

/** A registration either holds a place or waits for one (mentee cap reached). */
public enum RegistrationStatus implements WireEnum {
    REGISTERED,
    WAITLISTED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
