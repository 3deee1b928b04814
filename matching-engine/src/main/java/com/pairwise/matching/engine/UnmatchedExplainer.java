package com.pairwise.matching.engine;

/**
 * Names the rule that kept a person unmatched: the hard rule that eliminated the most candidates (all of them, when
 * nobody passes), or capacity when eligible candidates exist but were full or taken.
 */
final class UnmatchedExplainer {

    private static final Rule[] RULES = Rule.values();

    private final Population pop;
    private final Eligibility eligibility;
    private final PairScorer scorer;

    UnmatchedExplainer(Population pop, Eligibility eligibility, PairScorer scorer) {
        this.pop = pop;
        this.eligibility = eligibility;
        this.scorer = scorer;
    }

    /** Why person {@code b} got no partner among candidates {@code from..to-1}. */
    Rule explain(int b, int from, int to) {
        int[] eliminated = new int[RULES.length];
        int candidates = 0;
        boolean eligible = false;
        boolean eligibleWorthIt = false;
        boolean maxScore = pop.rules.objective() == Objective.MAX_SCORE;
        for (int a = from; a < to; a++) {
            if (a == b) {
                continue;
            }
            candidates++;
            int bits = eligibility.allFailures(a, b);
            if (bits == 0) {
                eligible = true;
                if (!maxScore || scorer.score(a, b) >= 0) {
                    eligibleWorthIt = true;
                }
                continue;
            }
            for (int i = 0; i < RULES.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    eliminated[i]++;
                }
            }
        }
        if (candidates == 0) {
            return Rule.NO_CANDIDATES;
        }
        if (eligibleWorthIt) {
            return Rule.NO_CAPACITY;
        }
        if (eligible) {
            return Rule.POOR_FIT;
        }
        int best = 0;
        for (int i = 1; i < RULES.length; i++) {
            if (eliminated[i] > eliminated[best]) {
                best = i;
            }
        }
        return RULES[best];
    }
}
