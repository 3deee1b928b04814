package com.pairwise.matching.engine;

/**
 * Integral weights of the soft score. Integers keep the optimum exact: no rounding can change which pairing wins.
 *
 * @param skills             per skill the mentor offers that the mentee wants to develop
 * @param goals              per distinct word of the mentee's goals found in the mentor's skills or interests (at most
 *                           {@link #MAX_GOAL_WORDS} count, so a long essay cannot dominate)
 * @param interests          per shared interest
 * @param crossBoundary      per boundary (country, department, region) set to {@link BoundaryRule#BONUS} that the pair crosses
 * @param timeZonePerHour    subtracted per started hour beyond the program's time-zone limit when that limit is soft
 */
public record Weights(int skills, int goals, int interests, int crossBoundary, int timeZonePerHour) {

    public static final int MAX_GOAL_WORDS = 3;
    public static final int MAX_WEIGHT = 10_000;

    public static final Weights DEFAULT = new Weights(10, 4, 2, 3, 5);

    public Weights {
        // Bounded so that scores, times the lexicographic multipliers, stay far inside a long.
        for (int w : new int[] {skills, goals, interests, crossBoundary, timeZonePerHour}) {
            if (w < 0 || w > MAX_WEIGHT) {
                throw new IllegalArgumentException("weights must be between 0 and " + MAX_WEIGHT);
            }
        }
    }
}
