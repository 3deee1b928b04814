package com.pairwise.matching.domain;

import java.util.List;

/**
 * What committing a run did.
 *
 * @param committed  pair id to the relationship it started
 * @param skipped    pairs that could not start any more (someone left, a mentor filled up meanwhile), with the reason
 * @param waitlisted people who stay unmatched, with the rule that kept them out
 */
public record CommitOutcome(List<Committed> committed, List<Skipped> skipped, List<com.pairwise.shared.model.UnmatchedPerson> waitlisted) {
    public CommitOutcome {
        committed = List.copyOf(committed);
        skipped = List.copyOf(skipped);
        waitlisted = List.copyOf(waitlisted);
    }

    public record Committed(String pairId, String relationshipId) {
    }

    public record Skipped(String pairId, String code, String reason) {
    }
}
