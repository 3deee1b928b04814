package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Matches all mentees of a one-to-one, reverse or group program at once, exactly: the lexicographic optimum of the
 * program's {@link Objective} under every hard rule and every mentor's free capacity. Deterministic: participants are
 * sorted by id before anything else, so the same people give the same pairs whatever order they arrive in.
 */
public final class BulkMatcher {

    private BulkMatcher() {
    }

    public static MatchingResult match(List<Participant> mentors, List<Participant> mentees, MatchingRules rules) {
        return match(mentors, mentees, rules, ProgressListener.NONE);
    }

    public static MatchingResult match(List<Participant> mentors, List<Participant> mentees, MatchingRules rules,
                                       ProgressListener progress) {
        CandidateGraph g = candidateGraph(mentors, mentees, rules, progress);
        MinCostFlow.Solution sol = MinCostFlow.solve(g, rules.objective(), progress);
        return result(g, sol, progress);
    }

    /**
     * The pruned graph the optimiser works on; public so benchmarks can hand the very same edges to another solver.
     */
    public static CandidateGraph candidateGraph(List<Participant> mentors, List<Participant> mentees,
                                                MatchingRules rules, ProgressListener progress) {
        if (rules.format() == Format.PEER) {
            throw new IllegalArgumentException("peer programs are matched by PeerMatcher");
        }
        Population pop = Population.of(mentors, mentees, rules);
        Eligibility eligibility = new Eligibility(pop);
        PairScorer scorer = new PairScorer(pop);
        int rows = pop.menteeCount();
        int cols = pop.mentorCount;
        // Full mentors can take nobody: leaving them out of the graph is exact.
        int[] open = IntStream.range(0, cols).filter(j -> pop.freeCapacity[j] > 0).toArray();
        boolean dropNegative = rules.objective() == Objective.MAX_SCORE;
        int[][] rowCols = new int[rows][];
        int[][] rowScores = new int[rows][];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        int step = Math.max(1, rows / 100);
        MentorGroups groups = new MentorGroups(pop, eligibility, open);
        ThreadLocal<RowBuffers> buffers = ThreadLocal.withInitial(
                () -> new RowBuffers(open.length, groups.words(), scorer.menteeMarks()));
        // Rows are independent, so they are built in parallel; each row's content does not depend on the thread.
        IntStream.range(0, rows).parallel().forEach(r -> {
            int b = cols + r;
            RowBuffers buf = buffers.get();
            groups.candidatesFor(b, buf.candidates, buf.scratch);
            buf.marks.mark(b);
            int n = 0;
            long[] bits = buf.candidates;
            for (int w = 0; w < bits.length; w++) {
                for (long word = bits[w]; word != 0; word &= word - 1) {
                    int j = (w << 6) + Long.numberOfTrailingZeros(word);
                    if (eligibility.firstFailure(j, b) != Eligibility.OK) {
                        continue;
                    }
                    int s = buf.marks.score(j);
                    if (dropNegative && s < 0) {
                        continue;
                    }
                    buf.cols[n] = j;
                    buf.scores[n] = s;
                    n++;
                }
            }
            rowCols[r] = java.util.Arrays.copyOf(buf.cols, n);
            rowScores[r] = java.util.Arrays.copyOf(buf.scores, n);
            int d = done.incrementAndGet();
            if (d % step == 0) {
                progress.onProgress("candidates", d, rows);
            }
        });
        int[] rowStart = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowStart[r + 1] = Math.addExact(rowStart[r], rowCols[r].length);
        }
        int[] col = new int[rowStart[rows]];
        int[] score = new int[rowStart[rows]];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(rowCols[r], 0, col, rowStart[r], rowCols[r].length);
            System.arraycopy(rowScores[r], 0, score, rowStart[r], rowScores[r].length);
            rowCols[r] = null;
            rowScores[r] = null;
        }
        int[] capacity = new int[cols];
        System.arraycopy(pop.freeCapacity, 0, capacity, 0, cols);
        progress.onProgress("candidates", rows, rows);
        return new CandidateGraph(pop, rowStart, col, score, capacity);
    }

    /** Per-thread scratch space for building rows. */
    private static final class RowBuffers {
        final int[] cols;
        final int[] scores;
        final long[] candidates;
        final long[] scratch;
        final PairScorer.MenteeMarks marks;

        RowBuffers(int open, int words, PairScorer.MenteeMarks marks) {
            this.cols = new int[open];
            this.scores = new int[open];
            this.candidates = new long[words];
            this.scratch = new long[words];
            this.marks = marks;
        }
    }

    static MatchingResult result(CandidateGraph g, MinCostFlow.Solution sol, ProgressListener progress) {
        Population pop = g.pop;
        PairScorer scorer = new PairScorer(pop);
        UnmatchedExplainer explainer = new UnmatchedExplainer(pop, new Eligibility(pop), scorer);
        int cols = pop.mentorCount;
        List<ScoredPair> pairs = new ArrayList<>(sol.matched());
        List<Integer> unmatched = new ArrayList<>();
        for (int r = 0; r < g.rows(); r++) {
            int j = sol.mentorOfRow()[r];
            if (j >= 0) {
                pairs.add(scorer.explain(j, cols + r));
            } else {
                unmatched.add(r);
            }
        }
        pairs.sort(Comparator.comparing(ScoredPair::mentorId).thenComparing(ScoredPair::menteeId));
        progress.onProgress("explaining", 0, unmatched.size());
        Rule[] why = new Rule[unmatched.size()];
        IntStream.range(0, unmatched.size()).parallel()
                .forEach(i -> why[i] = explainer.explain(cols + unmatched.get(i), 0, cols));
        Map<String, String> reasons = new HashMap<>();
        Map<String, Rule> rules = new HashMap<>();
        for (int i = 0; i < why.length; i++) {
            String id = pop.ids[cols + unmatched.get(i)];
            rules.put(id, why[i]);
            reasons.put(id, why[i].unmatchedMessage(pop.rules, "mentor"));
        }
        progress.onProgress("explaining", unmatched.size(), unmatched.size());
        return new MatchingResult(pairs, reasons, rules, sol.matched(), sol.totalScore());
    }
}
