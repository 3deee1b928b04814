package com.pairwise.matching.engine;

import java.util.List;

/**
 * A proposed pair, its integral score and the reasons in plain English, written to the mentee ("you").
 * In peer programs {@code mentorId} is the peer whose id sorts first and the reasons speak to the other.
 */
public record ScoredPair(String mentorId, String menteeId, int score, List<String> reasons) {

    public ScoredPair {
        reasons = List.copyOf(reasons);
    }
}
