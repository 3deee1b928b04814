package com.pairwise.shared.model;

/** A relationship runs until someone ends it; ended pairs are never proposed again. */
public enum RelationshipStatus implements WireEnum {
    ACTIVE,
    ENDED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
