package com.pairwise.matching.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeerMatcherTest {

    private static int[] blossom(int n, long[][] edges) {
        int[] u = new int[edges.length];
        int[] v = new int[edges.length];
        long[] w = new long[edges.length];
        for (int k = 0; k < edges.length; k++) {
            u[k] = (int) edges[k][0];
            v[k] = (int) edges[k][1];
            w[k] = edges[k][2];
        }
        return WeightedBlossom.solve(n, u, v, w);
    }

    /** Reference cases from van Rantwijk's suite: each exercises a distinct blossom path (S/T, nesting, expansion). */
    @Test
    void classicBlossomCases() {
        assertArrayEquals(new int[] {-1, -1, 3, 2}, blossom(4, new long[][] {{1, 2, 10}, {2, 3, 11}}));
        assertArrayEquals(new int[] {-1, -1, 3, 2, -1}, blossom(5, new long[][] {{1, 2, 5}, {2, 3, 11}, {3, 4, 5}}));
        assertArrayEquals(new int[] {-1, 2, 1, 4, 3}, blossom(5, new long[][] {{1, 2, 8}, {1, 3, 9}, {2, 3, 10}, {3, 4, 7}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 5, 4, 1}, blossom(7,
                new long[][] {{1, 2, 8}, {1, 3, 9}, {2, 3, 10}, {3, 4, 7}, {1, 6, 5}, {4, 5, 6}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 5, 4, 1}, blossom(7,
                new long[][] {{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 4}, {1, 6, 3}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 5, 4, 1}, blossom(7,
                new long[][] {{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 3}, {1, 6, 4}}));
        assertArrayEquals(new int[] {-1, 2, 1, 6, 5, 4, 3}, blossom(7,
                new long[][] {{1, 2, 9}, {1, 3, 8}, {2, 3, 10}, {1, 4, 5}, {4, 5, 3}, {3, 6, 4}}));
        assertArrayEquals(new int[] {-1, 3, 4, 1, 2, 6, 5}, blossom(7,
                new long[][] {{1, 2, 9}, {1, 3, 9}, {2, 3, 10}, {2, 4, 8}, {3, 5, 8}, {4, 5, 10}, {5, 6, 6}}));
        assertArrayEquals(new int[] {-1, 2, 1, 4, 3, 6, 5, 8, 7}, blossom(9, new long[][] {{1, 2, 10}, {1, 7, 10},
            {2, 3, 12}, {3, 4, 20}, {3, 5, 20}, {4, 5, 25}, {5, 6, 10}, {6, 7, 10}, {7, 8, 8}}));
        assertArrayEquals(new int[] {-1, 2, 1, 5, 6, 3, 4, 8, 7}, blossom(9, new long[][] {{1, 2, 8}, {1, 3, 8},
            {2, 3, 10}, {2, 4, 12}, {3, 5, 12}, {4, 5, 14}, {4, 6, 12}, {5, 7, 12}, {6, 7, 14}, {7, 8, 12}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4}, blossom(9, new long[][] {{1, 2, 23}, {1, 5, 22},
            {1, 6, 15}, {2, 3, 25}, {3, 4, 22}, {4, 5, 25}, {4, 8, 14}, {5, 7, 13}}));
        assertArrayEquals(new int[] {-1, 8, 3, 2, 7, 6, 5, 4, 1}, blossom(9, new long[][] {{1, 2, 19}, {1, 3, 20},
            {1, 8, 8}, {2, 3, 25}, {2, 4, 18}, {3, 5, 18}, {4, 5, 13}, {4, 7, 7}, {5, 6, 7}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9}, blossom(11, new long[][] {{1, 2, 45},
            {1, 5, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 50}, {1, 6, 30}, {3, 9, 35}, {4, 8, 35}, {5, 7, 26}, {9, 10, 5}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9}, blossom(11, new long[][] {{1, 2, 45},
            {1, 5, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 50}, {1, 6, 30}, {3, 9, 35}, {4, 8, 26}, {5, 7, 40}, {9, 10, 5}}));
        assertArrayEquals(new int[] {-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9}, blossom(11, new long[][] {{1, 2, 45},
            {1, 5, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 50}, {1, 6, 30}, {3, 9, 35}, {4, 8, 28}, {5, 7, 26}, {9, 10, 5}}));
        assertArrayEquals(new int[] {-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11}, blossom(13, new long[][] {{1, 2, 45},
            {1, 7, 45}, {2, 3, 50}, {3, 4, 45}, {4, 5, 95}, {4, 6, 94}, {5, 6, 94}, {6, 7, 50}, {1, 8, 30},
            {3, 11, 35}, {5, 9, 36}, {7, 10, 26}, {11, 12, 5}}));
        assertArrayEquals(new int[] {-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8}, blossom(11, new long[][] {{1, 2, 40},
            {1, 3, 40}, {2, 3, 60}, {2, 4, 55}, {3, 5, 55}, {4, 5, 50}, {1, 8, 15}, {5, 7, 30}, {7, 6, 10},
            {8, 10, 10}, {4, 9, 30}}));
    }

    @Test
    void blossomMatchesBruteForceOnRandomGraphs() {
        Random rnd = new Random(42);
        for (int round = 0; round < 1500; round++) {
            int n = 2 + rnd.nextInt(9);
            List<long[]> edges = new ArrayList<>();
            long[][] w = new long[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (rnd.nextInt(3) > 0) {
                        long x = 1 + rnd.nextInt(round % 2 == 0 ? 5 : 100);
                        edges.add(new long[] {a, b, x});
                        w[a][b] = w[b][a] = x;
                    }
                }
            }
            int[] mate = blossom(n, edges.toArray(new long[0][]));
            long got = 0;
            for (int a = 0; a < n; a++) {
                if (mate[a] > a) {
                    assertTrue(w[a][mate[a]] > 0, "matched along a non-edge");
                    got += w[a][mate[a]];
                }
                if (mate[a] >= 0) {
                    assertEquals(a, mate[mate[a]]);
                }
            }
            assertEquals(best(w, new boolean[n], 0), got, "round " + round);
        }
    }

    private static long best(long[][] w, boolean[] used, int from) {
        int n = w.length;
        int a = from;
        while (a < n && used[a]) {
            a++;
        }
        if (a >= n) {
            return 0;
        }
        used[a] = true;
        long top = best(w, used, a + 1); // a stays single
        for (int b = a + 1; b < n; b++) {
            if (!used[b] && w[a][b] > 0) {
                used[b] = true;
                top = Math.max(top, w[a][b] + best(w, used, a + 1));
                used[b] = false;
            }
        }
        used[a] = false;
        return top;
    }

    @Test
    void peerMatchingIsLexicographicallyExact() {
        Random rnd = new Random(8);
        for (int round = 0; round < 300; round++) {
            List<Participant> peers = People.random(rnd, "p", 2 + rnd.nextInt(9), round % 2 == 0);
            for (Objective objective : Objective.values()) {
                MatchingRules rules = MatchingRules.builder(Format.PEER).objective(objective).peerMaxLevelGap(2)
                        .maxTimeZoneHours(rnd.nextInt(5), rnd.nextBoolean()).department(BoundaryRule.BONUS)
                        .weights(new Weights(3, 2, 1, 2, 4)).build();
                MatchingResult r = PeerMatcher.match(peers, rules);
                long[] expected = bruteForcePeers(peers, rules, objective);
                assertEquals(expected[0], r.matched(), "pairs, round " + round);
                assertEquals(expected[1], r.totalScore(), "score, round " + round);
                assertEquals(peers.size(), 2 * r.matched() + r.unmatchedReasons().size());
            }
        }
    }

    private static long[] bruteForcePeers(List<Participant> peers, MatchingRules rules, Objective objective) {
        Population pop = Population.ofPeers(peers, rules);
        Eligibility el = new Eligibility(pop);
        PairScorer sc = new PairScorer(pop);
        long[] best = {-1, Long.MIN_VALUE};
        search(pop.size, el, sc, new boolean[pop.size], 0, 0, 0, best, objective);
        return best;
    }

    private static void search(int n, Eligibility el, PairScorer sc, boolean[] used, int from, long pairs, long score,
                               long[] best, Objective objective) {
        int a = from;
        while (a < n && used[a]) {
            a++;
        }
        if (a >= n) {
            boolean better = objective == Objective.MAX_MATCHED
                    ? pairs > best[0] || (pairs == best[0] && score > best[1])
                    : score > best[1] || (score == best[1] && pairs > best[0]);
            if (better) {
                best[0] = pairs;
                best[1] = score;
            }
            return;
        }
        used[a] = true;
        search(n, el, sc, used, a + 1, pairs, score, best, objective);
        for (int b = a + 1; b < n; b++) {
            if (!used[b] && el.firstFailure(a, b) == Eligibility.OK) {
                used[b] = true;
                search(n, el, sc, used, a + 1, pairs + 1, score + sc.score(a, b), best, objective);
                used[b] = false;
            }
        }
        used[a] = false;
    }

    @Test
    void peerUnmatchedReason() {
        MatchingRules rules = MatchingRules.builder(Format.PEER).build();
        MatchingResult r = PeerMatcher.match(List.of(
                People.person("a").build(), People.person("b").build(), People.person("c").languages("de").build()),
                rules);
        assertEquals(1, r.matched());
        assertEquals("no peer shares a language with you", r.unmatchedReasons().get("c"));
        MatchingResult three = PeerMatcher.match(List.of(
                People.person("a").build(), People.person("b").build(), People.person("c").build()), rules);
        assertEquals(1, three.unmatchedReasons().size());
        assertEquals(List.of("every eligible peer is already paired with someone else"),
                List.copyOf(three.unmatchedReasons().values()));
    }
}
