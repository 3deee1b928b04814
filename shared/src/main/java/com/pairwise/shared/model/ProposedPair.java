package com.pairwise.shared.model;

import java.util.List;

/**
 * One pair a bulk run proposes. In peer programs {@code mentorId} is the peer whose id sorts first.
 *
 * @param pairId stable within its run ({@code p1}, {@code p2}, ...), used to commit part of a run
 */
public record ProposedPair(String pairId, String mentorId, String menteeId, int score, List<String> reasons) {
    public ProposedPair {
        reasons = List.copyOf(reasons);
    }
}
