package com.pairwise.matching.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The place-side solver against the mentee-side one (and brute force where small) on random graphs built directly,
 * so that capacities, negative scores under both objectives, isolated mentees and mentors without edges all occur.
 */
class PlaceSideShortestPathsTest {

    /** A random graph; density, score range and capacities vary per instance. */
    private static CandidateGraph randomGraph(Random rnd, int rows, int cols) {
        double density = 0.05 + rnd.nextDouble() * 0.9;
        int lo = rnd.nextInt(3) == 0 ? -rnd.nextInt(8) : 0;
        int hi = lo + rnd.nextInt(12);
        int[] rowStart = new int[rows + 1];
        int[] col = new int[rows * cols];
        int[] score = new int[rows * cols];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                if (rnd.nextDouble() < density) {
                    col[n] = j;
                    score[n] = lo + rnd.nextInt(hi - lo + 1);
                    n++;
                }
            }
            rowStart[r + 1] = n;
        }
        int[] capacity = new int[cols];
        boolean groups = rnd.nextInt(3) == 0;
        for (int j = 0; j < cols; j++) {
            capacity[j] = groups ? rnd.nextInt(5) : (rnd.nextInt(6) == 0 ? 0 : 1);
        }
        return new CandidateGraph(null, rowStart, java.util.Arrays.copyOf(col, n),
                java.util.Arrays.copyOf(score, n), capacity);
    }

    private static void assertFeasible(CandidateGraph g, MinCostFlow.Solution s, Objective objective) {
        int[] load = new int[g.cols()];
        int matched = 0;
        long total = 0;
        for (int r = 0; r < g.rows(); r++) {
            int j = s.mentorOfRow()[r];
            if (j < 0) {
                continue;
            }
            int edge = -1;
            for (int e = g.rowStart(r); e < g.rowEnd(r); e++) {
                if (g.edgeCol(e) == j) {
                    edge = e;
                }
            }
            assertTrue(edge >= 0, "pair is an edge");
            load[j]++;
            matched++;
            total += g.edgeScore(edge);
        }
        for (int j = 0; j < g.cols(); j++) {
            assertTrue(load[j] <= g.capacity(j), "capacity");
        }
        assertEquals(matched, s.matched());
        assertEquals(total, s.totalScore());
        assertEquals(g.encoding(objective).total(matched, total), s.totalValue());
    }

    @Test
    void sameOptimumAsTheMenteeSideSolverOnThousandsOfRandomGraphs() {
        Random rnd = new Random(424242L);
        int compared = 0;
        for (int round = 0; round < 3000; round++) {
            int rows = 1 + rnd.nextInt(round < 2000 ? 12 : 60);
            int cols = 1 + rnd.nextInt(round < 2000 ? 6 : 25);
            CandidateGraph g = randomGraph(rnd, rows, cols);
            for (Objective objective : Objective.values()) {
                MinCostFlow.Solution expected = MinCostFlow.solveFromMentees(g, objective, ProgressListener.NONE);
                MinCostFlow.Solution got = PlaceSideShortestPaths.solve(g, objective, ProgressListener.NONE);
                assertEquals(expected.totalValue(), got.totalValue(), "round " + round + " " + objective);
                assertFeasible(g, got, objective);
                compared++;
            }
        }
        assertEquals(6000, compared);
    }

    @Test
    void sameOptimumAsBruteForceOnSmallGraphs() {
        Random rnd = new Random(77L);
        for (int round = 0; round < 800; round++) {
            CandidateGraph g = randomGraph(rnd, 1 + rnd.nextInt(7), 1 + rnd.nextInt(4));
            for (Objective objective : Objective.values()) {
                long best = bruteForce(g, g.encoding(objective), 0, new int[g.cols()]);
                MinCostFlow.Solution got = PlaceSideShortestPaths.solve(g, objective, ProgressListener.NONE);
                assertEquals(best, got.totalValue(), "round " + round + " " + objective);
            }
        }
    }

    private static long bruteForce(CandidateGraph g, ObjectiveEncoding enc, int row, int[] load) {
        if (row == g.rows()) {
            return 0;
        }
        long best = bruteForce(g, enc, row + 1, load);
        for (int e = g.rowStart(row); e < g.rowEnd(row); e++) {
            int j = g.edgeCol(e);
            if (load[j] < g.capacity(j)) {
                load[j]++;
                best = Math.max(best, enc.value(g.edgeScore(e)) + bruteForce(g, enc, row + 1, load));
                load[j]--;
            }
        }
        return best;
    }

    @Test
    void deterministic() {
        Random rnd = new Random(3L);
        for (int round = 0; round < 50; round++) {
            CandidateGraph g = randomGraph(rnd, 40, 15);
            MinCostFlow.Solution a = PlaceSideShortestPaths.solve(g, Objective.MAX_SCORE, ProgressListener.NONE);
            MinCostFlow.Solution b = PlaceSideShortestPaths.solve(g, Objective.MAX_SCORE, ProgressListener.NONE);
            assertArrayEquals(a.mentorOfRow(), b.mentorOfRow());
        }
    }

    @Test
    void solvePicksTheSideThatRunsOut() {
        // Two mentors with one place each, five mentees: places are scarce, yet the optimum is the same either way.
        int[] rowStart = {0, 2, 4, 6, 8, 10};
        int[] col = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        int[] score = {5, 1, 4, 4, 9, 0, 1, 1, 2, 8};
        CandidateGraph g = new CandidateGraph(null, rowStart, col, score, new int[] {1, 1});
        assertTrue(MinCostFlow.augmentsFromPlaces(g));
        assertTrue(!MinCostFlow.augmentsFromPlaces(new CandidateGraph(null, rowStart, col, score, new int[] {3, 2})),
                "five places for five mentees: from mentees");
        MinCostFlow.Solution s = MinCostFlow.solve(g, Objective.MAX_SCORE, ProgressListener.NONE);
        assertEquals(2, s.matched());
        assertEquals(17, s.totalScore());
        assertArrayEquals(new int[] {-1, -1, 0, -1, 1}, s.mentorOfRow());
    }
}
