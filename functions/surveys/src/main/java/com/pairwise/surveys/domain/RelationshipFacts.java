package com.pairwise.surveys.domain;

import java.time.Instant;
import java.util.List;

/** What matching's RelationshipStarted / RelationshipEnded events say about a relationship. */
public record RelationshipFacts(String relationshipId, String programId, String mentorId, List<String> menteeIds,
                                Instant startedAt, Instant endedAt) {
    public RelationshipFacts {
        menteeIds = List.copyOf(menteeIds);
    }
}
