package com.pairwise.surveys.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the surveys function keeps of a relationship from matching's events: who is in it and when it started and
 * ended. Scheduled surveys check it before going out, so nothing is sent about a relationship that has ended.
 *
 * @param seekerRegions region of each mentee (or peer) when it started, for the matched-per-region counters; "" when none
 * @param meetingsHeld  meetings the pair logged as held (agenda's MeetingHeld), each counted once
 */
public record TrackedRelationship(String programId, String relationshipId, String mentorId, List<String> menteeIds,
                                  List<String> seekerRegions, Instant startedAt, Instant endedAt, int meetingsHeld) {
    public TrackedRelationship {
        menteeIds = List.copyOf(menteeIds);
        seekerRegions = List.copyOf(seekerRegions);
    }

    public boolean isActive() {
        return endedAt == null;
    }

    /** Mentor first, then mentees. */
    public List<String> participants() {
        List<String> all = new ArrayList<>();
        all.add(mentorId);
        all.addAll(menteeIds);
        return all;
    }
}
