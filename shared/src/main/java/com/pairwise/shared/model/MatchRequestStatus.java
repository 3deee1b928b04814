package com.pairwise.shared.model;

/** A match request waits for the mentor's answer, then ends in exactly one of the other states. */
public enum MatchRequestStatus implements WireEnum {
    PENDING,
    ACCEPTED,
    DECLINED,
    /** Withdrawn by the system because the mentee was matched by another request. */
    CANCELLED,
    /** Not answered within the program's request expiry. */
    EXPIRED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
