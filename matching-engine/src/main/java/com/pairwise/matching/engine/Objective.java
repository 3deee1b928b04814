package com.pairwise.matching.engine;

/** What bulk matching optimises, lexicographically. */
public enum Objective {
    /** Most people matched first, then the highest total score. */
    MAX_MATCHED,
    /** Highest total score first, then most people matched. */
    MAX_SCORE
}
