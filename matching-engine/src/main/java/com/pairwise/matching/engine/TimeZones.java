package com.pairwise.matching.engine;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** UTC offsets at one instant and the circular distance between them. */
final class TimeZones {

    /** Marks a zone that is missing or not an IANA id. */
    static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int DAY = 24 * 3600;

    private TimeZones() {
    }

    /** Offset in seconds at {@code at}; DST is whatever applies at that instant. */
    static int offsetSeconds(String zone, Instant at) {
        if (zone == null || zone.isBlank()) {
            return UNKNOWN;
        }
        try {
            return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds();
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
    }

    /**
     * Distance in minutes between two offsets as times of day, so at most 12 h. Offsets span −12 h .. +14 h, a raw
     * difference up to 26 h: +14 (Kiribati) and −12 are 26 h apart on the calendar but only 2 h apart on the clock,
     * and it is the clock that decides whether working hours overlap.
     */
    static int distanceMinutes(int offsetA, int offsetB) {
        int d = Math.floorMod(offsetA - offsetB, DAY);
        return Math.min(d, DAY - d) / 60;
    }
}
