package com.pairwise.matching.engine;

/**
 * Turns a lexicographic objective into one integer value per pair, so that maximising the plain sum of values is
 * exactly the lexicographic optimum. All arithmetic is in longs; nothing is rounded.
 *
 * <ul>
 * <li>{@link Objective#MAX_MATCHED}: value = BIG + score with BIG = 2·N·A + 1, where N bounds the number of pairs and
 * A bounds |score|. A solution with more pairs gains at least BIG while total scores differ by at most 2·N·A &lt; BIG.
 * <li>{@link Objective#MAX_SCORE}: value = K·score + 1 with K = N + 1. A higher total score gains at least K, while the
 * pair counts differ by at most N &lt; K, so the count only breaks ties.
 * </ul>
 * Being unmatched is worth 0.
 */
public record ObjectiveEncoding(Objective objective, long multiplier, long offset) {

    /**
     * @param maxPairs    an upper bound on the number of pairs in any solution
     * @param maxAbsScore an upper bound on |score| of any pair
     */
    public static ObjectiveEncoding of(Objective objective, long maxPairs, long maxAbsScore) {
        long n = Math.max(1, maxPairs);
        long a = Math.max(1, maxAbsScore);
        if (objective == Objective.MAX_MATCHED) {
            return new ObjectiveEncoding(objective, 1, Math.addExact(Math.multiplyExact(2 * n, a), 1));
        }
        return new ObjectiveEncoding(objective, n + 1, 1);
    }

    /** Value of a pair with this score; positive means pairing beats leaving both unmatched. */
    public long value(int score) {
        return multiplier * score + offset;
    }

    /** Total value of a solution with {@code pairs} pairs of total score {@code totalScore}. */
    public long total(long pairs, long totalScore) {
        return multiplier * totalScore + offset * pairs;
    }
}
