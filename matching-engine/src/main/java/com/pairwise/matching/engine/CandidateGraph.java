package com.pairwise.matching.engine;

/**
 * The pruned bipartite graph: for each mentee (row) the mentors (columns) who pass every hard rule and have free
 * capacity, with the pair's score. Stored as compressed rows of primitive arrays (8 bytes per edge), because a
 * 15,000 × 5,000 program can keep millions of edges.
 *
 * <p>Pruning only ineligible pairs and full mentors is exact: no feasible matching contains such a pair. Under
 * {@link Objective#MAX_SCORE} pairs with a negative score are dropped too, which is exact as well: removing such a
 * pair from any solution strictly raises the total score, so no optimum contains one.
 */
public final class CandidateGraph {

    final Population pop;
    final int[] rowStart;
    final int[] col;
    final int[] score;
    final int[] capacity;
    final int minScore;
    final int maxScore;

    CandidateGraph(Population pop, int[] rowStart, int[] col, int[] score, int[] capacity) {
        this.pop = pop;
        this.rowStart = rowStart;
        this.col = col;
        this.score = score;
        this.capacity = capacity;
        int lo = 0;
        int hi = 0;
        for (int s : score) {
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        this.minScore = lo;
        this.maxScore = hi;
    }

    /** Mentees, in id order. */
    public int rows() {
        return rowStart.length - 1;
    }

    /** Mentors, in id order (all of them; full ones simply have no edges). */
    public int cols() {
        return capacity.length;
    }

    public int edges() {
        return col.length;
    }

    public int rowStart(int row) {
        return rowStart[row];
    }

    public int rowEnd(int row) {
        return rowStart[row + 1];
    }

    public int edgeCol(int edge) {
        return col[edge];
    }

    public int edgeScore(int edge) {
        return score[edge];
    }

    public int capacity(int col) {
        return capacity[col];
    }

    public String menteeId(int row) {
        return pop.ids[pop.mentorCount + row];
    }

    public String mentorId(int col) {
        return pop.ids[col];
    }

    /** Largest |score| of any edge. */
    public int maxAbsScore() {
        return Math.max(Math.abs(minScore), Math.abs(maxScore));
    }

    /** Upper bound on the number of pairs: each mentee once, each mentor up to capacity. */
    public long maxPairs() {
        long cap = 0;
        for (int c : capacity) {
            cap += c;
        }
        return Math.min(cap, rows());
    }

    /** The encoding every solver of this graph must use, so their optima are comparable. */
    public ObjectiveEncoding encoding(Objective objective) {
        return ObjectiveEncoding.of(objective, maxPairs(), maxAbsScore());
    }
}
