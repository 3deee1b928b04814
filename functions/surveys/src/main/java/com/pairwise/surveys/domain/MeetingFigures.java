package com.pairwise.surveys.domain;

import java.util.Map;

/**
 * Meetings held in one group, from its counters. The unit is the relationship program-wide and the mentee (peer) of
 * the region per region, as for the matched figure.
 *
 * @param held             meetings held, ever (relationships ended since included)
 * @param heldByActive     meetings held by the units active now
 * @param active           units active now
 * @param averagePerActive {@code heldByActive / active}, or null with none active
 * @param activeWithNone   active units that have not held a meeting yet
 */
public record MeetingFigures(long held, long heldByActive, long active, Double averagePerActive, long activeWithNone) {
    public static final MeetingFigures NONE = new MeetingFigures(0, 0, 0, null, 0);

    /** @param activeCounter the counter of units active now: relationships program-wide, matched mentees per region */
    public static MeetingFigures from(Map<String, Long> counters, String activeCounter) {
        long active = Math.max(0, counters.getOrDefault(activeCounter, 0L));
        long heldByActive = Math.max(0, counters.getOrDefault(Counters.MEETINGS_HELD_ACTIVE, 0L));
        long met = Math.max(0, counters.getOrDefault(Counters.MET_ACTIVE, 0L));
        return new MeetingFigures(counters.getOrDefault(Counters.MEETINGS_HELD, 0L), heldByActive, active,
                active == 0 ? null : Math.round(100.0 * heldByActive / active) / 100.0, Math.max(0, active - met));
    }
}
