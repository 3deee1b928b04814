package com.pairwise.shared.model;

import java.time.Duration;
import java.util.List;

/**
 * When a program's reminders fall due; coordinators set them on the program, the reminders function reads them.
 *
 * @param meetingLeadTimes how long before a meeting each reminder goes, e.g. 24 h and 1 h; empty: no meeting reminders
 * @param inactivityDays   a pair with no meeting held or scheduled for this many days is nudged (and shows in the
 *                         coordinators' weekly digest)
 * @param requestNudgeDays after how many days a mentor with an unanswered match request is nudged, increasing
 */
public record ReminderTimings(List<Duration> meetingLeadTimes, int inactivityDays, List<Integer> requestNudgeDays) {
    public static final int MAX_LEAD_TIMES = 4;
    public static final Duration MIN_LEAD_TIME = Duration.ofMinutes(5);
    public static final Duration MAX_LEAD_TIME = Duration.ofDays(14);
    public static final int MAX_INACTIVITY_DAYS = 365;
    public static final int MAX_REQUEST_NUDGES = 3;
    public static final int MAX_NUDGE_DAYS = 90;

    public static final ReminderTimings DEFAULTS = new ReminderTimings(
            List.of(Duration.ofHours(24), Duration.ofHours(1)), 21, List.of(3, 6));

    public ReminderTimings {
        meetingLeadTimes = meetingLeadTimes == null ? DEFAULTS.meetingLeadTimes : List.copyOf(meetingLeadTimes);
        requestNudgeDays = requestNudgeDays == null ? DEFAULTS.requestNudgeDays : List.copyOf(requestNudgeDays);
    }
}
