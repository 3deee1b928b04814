package com.pairwise.shared.model;

/** Who started a match request. */
public enum MatchRequestOrigin implements WireEnum {
    /** The mentee (or peer) asked after looking at suggestions. */
    MENTEE,
    /** A mentor's freed place was offered on behalf of the best-fitting waiting mentee. */
    WAITLIST_OFFER;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
