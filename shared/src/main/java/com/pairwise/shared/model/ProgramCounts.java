package com.pairwise.shared.model;

import java.util.Map;

/** Head counts a coordinator sees; registered places per role, the waitlist, and all sign-ups per country. */
public record ProgramCounts(int mentors, int mentees, int peers, int waitlisted, Map<String, Integer> byCountry) {
    public ProgramCounts {
        byCountry = Map.copyOf(byCountry);
    }

    public static final ProgramCounts EMPTY = new ProgramCounts(0, 0, 0, 0, Map.of());
}
