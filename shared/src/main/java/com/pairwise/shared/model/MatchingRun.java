package com.pairwise.shared.model;

import java.time.Instant;

/**
 * A coordinator's bulk matching run and its progress; the proposed pairs and the unmatched are stored apart, in
 * chunks, because a large program's result does not fit one item.
 *
 * @param phase         what the engine is doing, e.g. {@code candidates}, {@code flow}
 * @param error         why a failed run failed, in words
 * @param commit        the latest commit, null until one is asked for
 */
public record MatchingRun(
        String id,
        String programId,
        MatchingRunStatus status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String phase,
        long done,
        long total,
        int matched,
        long totalScore,
        int unmatched,
        int chunks,
        String error,
        MatchingRunCommit commit) {

    public static MatchingRun queued(String id, String programId, String createdBy, Instant now) {
        return new MatchingRun(id, programId, MatchingRunStatus.QUEUED, createdBy, now, now, null, 0, 0, 0, 0, 0, 0, null, null);
    }
}
