package com.pairwise.benchmarks;

import com.pairwise.matching.engine.BoundaryRule;
import com.pairwise.matching.engine.BulkMatcher;
import com.pairwise.matching.engine.CandidateGraph;
import com.pairwise.matching.engine.Format;
import com.pairwise.matching.engine.MatchingResult;
import com.pairwise.matching.engine.MatchingRules;
import com.pairwise.matching.engine.MinCostFlow;
import com.pairwise.matching.engine.Objective;
import com.pairwise.matching.engine.PairKey;
import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.PeerMatcher;
import com.pairwise.matching.engine.ProgressListener;
import com.pairwise.matching.engine.Suggestions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Prints figures for the matching engine; it is not a test and asserts nothing.
 *
 * <p>Without arguments it runs every scenario in a fresh JVM with {@code -Xmx1g} (so each peak-heap figure belongs to
 * one scenario only): bulk matching at 300/100, 3,000/1,000, 10,000/5,000 (more places than mentees, so the engine
 * augments from mentees) and 15,000/5,000 (fewer places: it augments from places) with both objectives,
 * against a greedy baseline and OR-Tools on the same graph; top-k suggestion latency at 20,000 participants; and peer
 * matching at 500, 1,000 and 2,000 peers. Run from the repository root:
 * <pre>mvn -q -f matching-engine/pom.xml install -DskipTests && mvn -q -f benchmarks/pom.xml compile exec:exec</pre>
 * One scenario: {@code ... MatchingBenchmark bulk 3000 1000}, {@code suggest 15000 5000}, {@code peers 1000}.
 */
public final class MatchingBenchmark {

    private static final long SEED = 20250115L;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.printf("Pairwise matching benchmark — seed %d, %d cores, each scenario in a fresh JVM -Xmx1g%n%n",
                    SEED, Runtime.getRuntime().availableProcessors());
            for (String[] s : List.of(new String[] {"bulk", "300", "100"}, new String[] {"bulk", "3000", "1000"},
                    new String[] {"bulk", "10000", "5000"}, new String[] {"bulk", "15000", "5000"},
                    new String[] {"suggest", "15000", "5000"},
                    new String[] {"peers", "500"}, new String[] {"peers", "1000"}, new String[] {"peers", "2000"})) {
                child(s);
            }
            return;
        }
        switch (args[0]) {
            case "bulk" -> bulk(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "suggest" -> suggest(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "peers" -> peers(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
    }

    private static void child(String[] scenario) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                MatchingBenchmark.class.getName()));
        cmd.addAll(Arrays.asList(scenario));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            System.out.println("  scenario " + String.join(" ", scenario) + " exited with " + rc);
        }
        System.out.println();
    }

    static MatchingRules rules(Objective objective, List<Participant> mentors, List<Participant> mentees) {
        // A typical global program: shared language, mentor 1-3 levels up, within 4 time zones, reporting lines
        // separated, cross-country and cross-department bonus, plus some ended relationships never to repeat.
        Random rnd = new Random(SEED + 1);
        Set<PairKey> ended = new HashSet<>();
        for (int i = 0; i < mentees.size() / 20; i++) {
            ended.add(new PairKey(mentors.get(rnd.nextInt(mentors.size())).id(),
                    mentees.get(rnd.nextInt(mentees.size())).id()));
        }
        return MatchingRules.builder(Format.ONE_TO_ONE).objective(objective).levelsAbove(1, 3)
                .maxTimeZoneHours(4, true).country(BoundaryRule.BONUS).department(BoundaryRule.BONUS)
                .excludedPairs(ended).build();
    }

    private static void bulk(int menteeCount, int mentorCount) {
        PopulationGenerator gen = new PopulationGenerator(SEED);
        List<Participant> mentors = gen.mentors(mentorCount);
        List<Participant> mentees = gen.mentees(menteeCount, mentorCount);
        long places = mentors.stream().mapToLong(Participant::freeCapacity).sum();
        System.out.printf("== bulk %,d mentees / %,d mentors (%,d free mentor places) ==%n", menteeCount, mentorCount,
                places);
        boolean orTools = true;
        for (Objective objective : Objective.values()) {
            MatchingRules rules = rules(objective, mentors, mentees);
            // Warm-up on a slice big enough for the JIT to compile the hot loops of both solvers, so that it does not
            // dominate the small sizes; OR-Tools' Java-side graph building is warmed up on the same slice.
            List<Participant> warmMentors = mentors.subList(0, Math.min(200, mentorCount));
            List<Participant> warmMentees = mentees.subList(0, Math.min(600, menteeCount));
            BulkMatcher.match(warmMentors, warmMentees, rules);
            if (orTools) {
                try {
                    OrToolsReference.solve(BulkMatcher.candidateGraph(warmMentors, warmMentees, rules,
                            ProgressListener.NONE), objective);
                } catch (Throwable e) {
                    System.out.println("    OR-Tools   : unavailable (" + e + ")");
                    orTools = false;
                }
            }
            System.gc();
            resetPeaks();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            CandidateGraph g = BulkMatcher.candidateGraph(mentors, mentees, rules, ProgressListener.NONE);
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            MinCostFlow.Solution sol = MinCostFlow.solve(g, objective, ProgressListener.NONE);
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            long peakSolve = peakHeapMiB();
            System.gc();
            resetPeaks();
            long t3 = System.nanoTime();
            MatchingResult full = BulkMatcher.match(mentors, mentees, rules);
            long t4 = System.nanoTime();
            long peakFull = peakHeapMiB();
            System.out.printf("  %-11s edges kept %,d of %,d pairs (%.1f%%)%n", objective, g.edges(),
                    (long) menteeCount * mentorCount, 100.0 * g.edges() / ((double) menteeCount * mentorCount));
            System.out.printf("    engine     : graph %,6d ms + optimise %,6d ms = %,6d ms | matched %,6d | score %,9d"
                            + " | peak heap %,d MiB | augments from %s%n", ms(t1 - t0), ms(t2 - t1), ms(t2 - t0),
                    sol.matched(), sol.totalScore(), peakSolve,
                    MinCostFlow.augmentsFromPlaces(g) ? "places" : "mentees");
            System.out.printf("                 CPU time: graph %,6d ms + optimise %,6d ms = %,6d ms%n", ms(c1 - c0),
                    ms(c2 - c1), ms(c2 - c0));
            System.out.printf("    engine+why : full BulkMatcher.match incl. reasons and unmatched rules %,6d ms | peak"
                    + " heap %,d MiB | %,d unmatched%n", ms(t4 - t3), peakFull, full.unmatchedReasons().size());
            if (objective == Objective.MAX_MATCHED) {
                long tg = System.nanoTime();
                GreedyBaseline.Result greedy = GreedyBaseline.solve(g);
                long tg2 = System.nanoTime();
                System.out.printf("    greedy     : %,6d ms | matched %,6d | score %,9d  (engine: %+d matched, %+d score)%n",
                        ms(tg2 - tg), greedy.matched(), greedy.totalScore(), sol.matched() - greedy.matched(),
                        sol.totalScore() - greedy.totalScore());
            }
            if (orTools) {
                try {
                    System.gc();
                    long c3 = cpuNanos();
                    OrToolsReference.Result ref = OrToolsReference.solve(g, objective);
                    long c4 = cpuNanos();
                    boolean same = ref.totalValue() == sol.totalValue();
                    System.out.printf("    OR-Tools   : build %,6d ms + solve %,6d ms | matched %,6d | score %,9d | %s"
                                    + " | objective equal: %s%n", ref.buildMillis(), ref.solveMillis(), ref.matched(),
                            ref.totalScore(), ref.status(), same ? "YES" : "NO (engine " + sol.totalValue()
                                    + ", OR-Tools " + ref.totalValue() + ")");
                    System.out.printf("                 CPU time: build + solve %,6d ms%n", ms(c4 - c3));
                } catch (Throwable e) {
                    System.out.println("    OR-Tools   : unavailable (" + e + ")");
                    orTools = false;
                }
            }
            Object[] top = full.unmatchedRules().values().stream()
                    .collect(java.util.stream.Collectors.groupingBy(r -> r, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting())).entrySet().toArray();
            System.out.println("    unmatched by rule: " + Arrays.toString(top));
        }
    }

    private static void suggest(int menteeCount, int mentorCount) {
        PopulationGenerator gen = new PopulationGenerator(SEED);
        List<Participant> mentors = gen.mentors(mentorCount);
        List<Participant> mentees = gen.mentees(menteeCount, mentorCount);
        MatchingRules rules = rules(Objective.MAX_MATCHED, mentors, mentees);
        System.out.printf("== top-10 suggestions, %,d participants (%,d mentors) ==%n", menteeCount + mentorCount,
                mentorCount);
        long c0 = System.nanoTime();
        List<?> first = Suggestions.topK(mentors, mentees.get(0), rules, 10);
        long c1 = System.nanoTime();
        System.out.printf("  one-off topK (compiles %,d mentors + 1 mentee), first call in a cold JVM: %.1f ms, %d results%n",
                mentorCount, (c1 - c0) / 1e6, first.size());
        long[] oneOff = new long[50];
        for (int i = 0; i < oneOff.length; i++) {
            long t = System.nanoTime();
            Suggestions.topK(mentors, mentees.get(1 + i), rules, 10);
            oneOff[i] = System.nanoTime() - t;
        }
        long i0 = System.nanoTime();
        Suggestions index = Suggestions.index(mentors, mentees, rules);
        long i1 = System.nanoTime();
        long[] indexed = new long[200];
        for (int i = 0; i < indexed.length; i++) {
            long t = System.nanoTime();
            index.forPerson(mentees.get(100 + i).id(), 10);
            indexed[i] = System.nanoTime() - t;
        }
        System.out.printf("  one-off topK, warm: median %.1f ms, p95 %.1f ms, max %.1f ms (50 mentees)%n",
                pct(oneOff, 50), pct(oneOff, 95), pct(oneOff, 100));
        System.out.printf("  indexed program (built once in %,d ms): median %.2f ms, p95 %.2f ms, max %.2f ms (200 mentees)%n",
                ms(i1 - i0), pct(indexed, 50), pct(indexed, 95), pct(indexed, 100));
    }

    private static void peers(int n) {
        PopulationGenerator gen = new PopulationGenerator(SEED);
        List<Participant> peers = gen.peers(n);
        System.out.printf("== peers %,d ==%n", n);
        for (Objective objective : Objective.values()) {
            MatchingRules rules = MatchingRules.builder(Format.PEER).objective(objective).peerMaxLevelGap(1)
                    .maxTimeZoneHours(4, true).department(BoundaryRule.BONUS).build();
            PeerMatcher.match(peers.subList(0, Math.min(60, n)), rules);
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            MatchingResult r = PeerMatcher.match(peers, rules);
            long t1 = System.nanoTime();
            System.out.printf("  %-11s %,7d ms | pairs %,5d | score %,8d | unmatched %,d | peak heap %,d MiB%n",
                    objective, ms(t1 - t0), r.matched(), r.totalScore(), r.unmatchedReasons().size(), peakHeapMiB());
        }
    }

    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1);
        return s[Math.max(0, i)] / 1e6;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * CPU time of the whole JVM (all threads, GC and JIT included, so an overestimate for the engine): on a shared
     * machine wall time depends on the neighbours, CPU time much less.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of per-pool peaks since the last reset: an upper bound on the heap actually in use at any one time. */
    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** The java launcher of the running JVM, so children use the same runtime. */
    private static final class Path {
        static String java() {
            return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
