package com.pairwise.shared.model;

import java.util.Map;

/**
 * Head counts a coordinator sees; registered places per role, the waitlist, and all sign-ups per country and per
 * region (people who gave none are not in those maps).
 */
public record ProgramCounts(int mentors, int mentees, int peers, int waitlisted, Map<String, Integer> byCountry,
                            Map<String, Integer> byRegion) {
    public ProgramCounts {
        byCountry = Map.copyOf(byCountry);
        byRegion = byRegion == null ? Map.of() : Map.copyOf(byRegion);
    }

    public ProgramCounts(int mentors, int mentees, int peers, int waitlisted, Map<String, Integer> byCountry) {
        this(mentors, mentees, peers, waitlisted, byCountry, Map.of());
    }

    public static final ProgramCounts EMPTY = new ProgramCounts(0, 0, 0, 0, Map.of());
}
