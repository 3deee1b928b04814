package com.pairwise.shared.model;

import java.time.Instant;
import java.util.List;

/**
 * A mentee's (or peer's) request to be matched with one mentor, answered by that mentor.
 *
 * @param score       the engine's score of the pair when the request was made
 * @param reasons     why the pair fits, in words, as shown to the mentor
 * @param expiresAt   after this instant the request counts as expired even if nobody has swept it yet
 * @param respondedAt when it left pending (null while pending)
 */
public record MatchRequest(
        String id,
        String programId,
        String menteeId,
        String mentorId,
        MatchRequestOrigin origin,
        MatchRequestStatus status,
        int score,
        List<String> reasons,
        String message,
        Instant createdAt,
        Instant expiresAt,
        Instant respondedAt,
        String relationshipId) {

    public MatchRequest {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Pending and not yet past its expiry. */
    public boolean isOpen(Instant now) {
        return status == MatchRequestStatus.PENDING && now.isBefore(expiresAt);
    }

    /** The status a reader should see: a pending request past its expiry is expired, swept or not. */
    public MatchRequestStatus effectiveStatus(Instant now) {
        return status == MatchRequestStatus.PENDING && !now.isBefore(expiresAt) ? MatchRequestStatus.EXPIRED : status;
    }

    public MatchRequest answered(MatchRequestStatus newStatus, Instant at, String relationship) {
        return new MatchRequest(id, programId, menteeId, mentorId, origin, newStatus, score, reasons, message, createdAt,
                expiresAt, at, relationship);
    }
}
