package com.pairwise.agenda.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A meeting of a pair (or group).
 *
 * @param start          start, UTC
 * @param videoLink      absolute http(s) link, or null
 * @param place          where they meet in person, or null
 * @param sessionKey     the template session its agenda follows
 * @param sharedNotes    seen by every participant
 * @param privateNotes   author user id to note; each author sees only their own
 * @param actionItems    agreed when it was held; open ones carry over to later agendas
 * @param sequence       iCalendar SEQUENCE: bumped whenever time, place or status changes
 * @param version        optimistic-locking counter
 */
public record Meeting(
        String id,
        String relationshipId,
        String programId,
        Instant start,
        int durationMinutes,
        String videoLink,
        String place,
        MeetingStatus status,
        String sessionKey,
        String sharedNotes,
        Map<String, String> privateNotes,
        List<ActionItem> actionItems,
        int sequence,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Meeting {
        privateNotes = privateNotes == null ? Map.of() : Map.copyOf(privateNotes);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    public Instant end() {
        return start.plus(Duration.ofMinutes(durationMinutes));
    }

    /** True when both meetings take up some of the same time. */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end());
    }
}
