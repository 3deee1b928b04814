package com.pairwise.reminders.domain;

import java.time.Instant;
import java.util.List;

/**
 * When each active relationship of a program last had a meeting held or booked, kept so a program's idle
 * relationships are read by key (oldest activity first) rather than by looking at every relationship.
 */
public interface RelationshipActivity {

    /** The pair started or booked a meeting at {@code at}; an earlier time never replaces a later one. */
    void touched(String relationshipId, String programId, List<String> participants, Instant at);

    /** The relationship ended: it is idle no more, and a late event cannot bring it back. */
    void ended(String relationshipId);

    /** The program's relationships whose last activity is before {@code before}, longest idle first, at most {@code limit}. */
    List<Idle> idleSince(String programId, Instant before, int limit);

    record Idle(String relationshipId, List<String> participants, Instant lastActivity) {
        public Idle {
            participants = List.copyOf(participants);
        }
    }
}
