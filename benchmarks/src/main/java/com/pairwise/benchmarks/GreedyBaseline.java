package com.pairwise.benchmarks;

import com.pairwise.matching.engine.CandidateGraph;

/** What a naive implementation would do: best-scoring edges first, take each if both sides are still free. */
final class GreedyBaseline {

    record Result(int matched, long totalScore) {
    }

    private GreedyBaseline() {
    }

    static Result solve(CandidateGraph g) {
        int edges = g.edges();
        int[] rowOf = new int[edges];
        for (int r = 0; r < g.rows(); r++) {
            for (int e = g.rowStart(r); e < g.rowEnd(r); e++) {
                rowOf[e] = r;
            }
        }
        // Sort edge ids by score descending (stable, so ties keep id order): pack score and id into one long.
        long[] keys = new long[edges];
        for (int e = 0; e < edges; e++) {
            keys[e] = ((long) (Integer.MAX_VALUE - g.edgeScore(e)) << 32) | e;
        }
        java.util.Arrays.sort(keys);
        boolean[] rowUsed = new boolean[g.rows()];
        int[] load = new int[g.cols()];
        int matched = 0;
        long score = 0;
        for (long k : keys) {
            int e = (int) (k & 0xffffffffL);
            int r = rowOf[e];
            int c = g.edgeCol(e);
            if (!rowUsed[r] && load[c] < g.capacity(c)) {
                rowUsed[r] = true;
                load[c]++;
                matched++;
                score += g.edgeScore(e);
            }
        }
        return new Result(matched, score);
    }
}
