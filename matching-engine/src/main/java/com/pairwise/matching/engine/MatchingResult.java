package com.pairwise.matching.engine;

import java.util.List;
import java.util.Map;

/**
 * Outcome of a bulk or peer run.
 *
 * @param pairs            sorted by mentor id, then mentee id
 * @param unmatchedReasons for each person left out, the plain-English rule that kept them out (sorted by id)
 * @param unmatchedRules   the same, as codes for programs that want to count them
 * @param matched          number of pairs
 * @param totalScore       sum of the pairs' scores
 */
public record MatchingResult(
        List<ScoredPair> pairs,
        Map<String, String> unmatchedReasons,
        Map<String, Rule> unmatchedRules,
        int matched,
        long totalScore) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        unmatchedReasons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unmatchedReasons));
        unmatchedRules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unmatchedRules));
    }
}
