package com.pairwise.matching.domain;

import java.util.List;

/** One proposed partner for the person asking, with the engine's score and its reasons in words. */
public record Suggestion(String userId, String displayName, int score, List<String> reasons, int freePlaces) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
