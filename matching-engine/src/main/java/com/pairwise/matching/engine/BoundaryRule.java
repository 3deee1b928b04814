package com.pairwise.matching.engine;

/** What a program wants from pairs across a boundary (country, department, region). */
public enum BoundaryRule {
    /** The boundary plays no part. */
    IGNORE,
    /** Crossing it adds the cross-boundary weight to the score. */
    BONUS,
    /** Pairs must cross it; if either side's value is unknown the pair is ineligible, since it cannot be verified. */
    REQUIRED
}
