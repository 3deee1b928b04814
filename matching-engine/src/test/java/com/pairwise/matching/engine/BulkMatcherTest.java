package com.pairwise.matching.engine;

import static com.pairwise.matching.engine.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BulkMatcherTest {

    private static MatchingRules randomRules(Random rnd, Objective objective) {
        return MatchingRules.builder(rnd.nextInt(4) == 0 ? Format.GROUP : Format.ONE_TO_ONE)
                .objective(objective)
                .weights(new Weights(1 + rnd.nextInt(10), rnd.nextInt(5), rnd.nextInt(4), rnd.nextInt(4),
                        1 + rnd.nextInt(6)))
                .levelsAbove(rnd.nextBoolean() ? 0 : null, rnd.nextBoolean() ? 4 : null)
                .maxTimeZoneHours(rnd.nextInt(6), rnd.nextInt(3) == 0)
                .country(BoundaryRule.values()[rnd.nextInt(2)])
                .department(BoundaryRule.values()[rnd.nextInt(3)])
                .build();
    }

    /** Best (matched, score) by exhaustive search over every assignment of mentees to eligible mentors or nobody. */
    private static long[] bruteForce(CandidateGraph g, Objective objective) {
        long[] best = {-1, Long.MIN_VALUE};
        int[] load = new int[g.cols()];
        search(g, 0, load, 0, 0, best, objective);
        return best;
    }

    private static void search(CandidateGraph g, int row, int[] load, long matched, long score, long[] best,
                               Objective objective) {
        if (row == g.rows()) {
            boolean better = objective == Objective.MAX_MATCHED
                    ? matched > best[0] || (matched == best[0] && score > best[1])
                    : score > best[1] || (score == best[1] && matched > best[0]);
            if (better) {
                best[0] = matched;
                best[1] = score;
            }
            return;
        }
        search(g, row + 1, load, matched, score, best, objective);
        for (int e = g.rowStart(row); e < g.rowEnd(row); e++) {
            int j = g.edgeCol(e);
            if (load[j] < g.capacity(j)) {
                load[j]++;
                search(g, row + 1, load, matched + 1, score + g.edgeScore(e), best, objective);
                load[j]--;
            }
        }
    }

    @Test
    void exactOptimumMatchesBruteForceOnRandomInstances() {
        Random rnd = new Random(20240601L);
        int instances = 0;
        for (int round = 0; round < 600; round++) {
            List<Participant> mentors = People.random(rnd, "m", 1 + rnd.nextInt(4), true);
            List<Participant> mentees = People.random(rnd, "e", 1 + rnd.nextInt(7), false);
            for (Objective objective : Objective.values()) {
                MatchingRules rules = randomRules(new Random(round), objective);
                // The full eligible graph, negative scores included, is what brute force searches.
                MatchingRules keepAll = MatchingRules.builder(rules.format()).objective(Objective.MAX_MATCHED)
                        .weights(rules.weights()).levelsAbove(rules.minLevelsAbove(), rules.maxLevelsAbove())
                        .maxTimeZoneHours(rules.maxTimeZoneHours(), rules.timeZoneHard())
                        .country(rules.country()).department(rules.department()).build();
                CandidateGraph all = BulkMatcher.candidateGraph(mentors, mentees, keepAll, ProgressListener.NONE);
                long[] expected = bruteForce(all, objective);
                MatchingResult got = BulkMatcher.match(mentors, mentees, rules);
                assertEquals(expected[0], got.matched(), "matched, round " + round + " " + objective);
                assertEquals(expected[1], got.totalScore(), "score, round " + round + " " + objective);
                assertCapacityRespected(mentors, got);
                instances++;
            }
        }
        assertEquals(1200, instances);
    }

    @Test
    void largerRandomInstancesAgreeWithAnIndependentCheck() {
        // Beyond brute-force sizes, check optimality with the dual: MAX_MATCHED must reach the maximum cardinality
        // found by simple augmenting paths, and re-solving a shuffled input must give the same totals.
        Random rnd = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Participant> mentors = People.random(rnd, "m", 30 + rnd.nextInt(30), true);
            List<Participant> mentees = People.random(rnd, "e", 60 + rnd.nextInt(60), false);
            MatchingRules rules = randomRules(new Random(round), Objective.MAX_MATCHED);
            CandidateGraph g = BulkMatcher.candidateGraph(mentors, mentees, rules, ProgressListener.NONE);
            MatchingResult r = BulkMatcher.match(mentors, mentees, rules);
            assertEquals(maxCardinality(g), r.matched());
            assertCapacityRespected(mentors, r);
        }
    }

    /** Plain augmenting-path maximum b-matching, independent of the flow code. */
    private static int maxCardinality(CandidateGraph g) {
        int[] load = new int[g.cols()];
        List<List<Integer>> assigned = new ArrayList<>();
        for (int j = 0; j < g.cols(); j++) {
            assigned.add(new ArrayList<>());
        }
        int[] mentorOf = new int[g.rows()];
        java.util.Arrays.fill(mentorOf, -1);
        int matched = 0;
        for (int r = 0; r < g.rows(); r++) {
            if (augment(g, r, new boolean[g.cols()], load, assigned, mentorOf)) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(CandidateGraph g, int r, boolean[] seen, int[] load, List<List<Integer>> assigned,
                                   int[] mentorOf) {
        for (int e = g.rowStart(r); e < g.rowEnd(r); e++) {
            int j = g.edgeCol(e);
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (load[j] < g.capacity(j)) {
                load[j]++;
                assigned.get(j).add(r);
                mentorOf[r] = j;
                return true;
            }
            for (int k : new ArrayList<>(assigned.get(j))) {
                if (augment(g, k, seen, load, assigned, mentorOf)) {
                    // k moved elsewhere; r takes its place at j.
                    assigned.get(j).remove(Integer.valueOf(k));
                    assigned.get(j).add(r);
                    mentorOf[r] = j;
                    return true;
                }
            }
        }
        return false;
    }

    private static void assertCapacityRespected(List<Participant> mentors, MatchingResult r) {
        Map<String, Integer> used = new HashMap<>();
        java.util.Set<String> mentees = new java.util.HashSet<>();
        for (ScoredPair p : r.pairs()) {
            used.merge(p.mentorId(), 1, Integer::sum);
            assertTrue(mentees.add(p.menteeId()), "mentee matched twice");
        }
        for (Participant m : mentors) {
            assertTrue(used.getOrDefault(m.id(), 0) <= Math.max(0, m.freeCapacity()), "capacity of " + m.id());
        }
    }

    @Test
    void everyPairPassesTheHardRulesAndScoresAddUp() {
        Random rnd = new Random(99);
        List<Participant> mentors = People.random(rnd, "m", 40, true);
        List<Participant> mentees = People.random(rnd, "e", 80, false);
        MatchingRules rules = randomRules(new Random(3), Objective.MAX_SCORE);
        MatchingResult r = BulkMatcher.match(mentors, mentees, rules);
        Map<String, Participant> byId = new HashMap<>();
        mentors.forEach(p -> byId.put(p.id(), p));
        mentees.forEach(p -> byId.put(p.id(), p));
        long total = 0;
        for (ScoredPair p : r.pairs()) {
            assertEquals(java.util.Optional.empty(), Eligibility.whyNot(byId.get(p.mentorId()), byId.get(p.menteeId()), rules));
            total += p.score();
            assertTrue(p.score() >= 0, "MAX_SCORE never keeps a pair that lowers the score");
        }
        assertEquals(total, r.totalScore());
        assertEquals(r.pairs().size(), r.matched());
        assertEquals(mentees.size(), r.matched() + r.unmatchedReasons().size());
    }

    @Test
    void deterministicAndIndependentOfInputOrder() {
        Random rnd = new Random(5);
        List<Participant> mentors = People.random(rnd, "m", 50, true);
        List<Participant> mentees = People.random(rnd, "e", 120, false);
        for (Objective objective : Objective.values()) {
            MatchingRules rules = randomRules(new Random(11), objective);
            MatchingResult first = BulkMatcher.match(mentors, mentees, rules);
            MatchingResult again = BulkMatcher.match(mentors, mentees, rules);
            List<Participant> m2 = new ArrayList<>(mentors);
            List<Participant> e2 = new ArrayList<>(mentees);
            Collections.shuffle(m2, new Random(1));
            Collections.shuffle(e2, new Random(2));
            MatchingResult shuffled = BulkMatcher.match(m2, e2, rules);
            assertEquals(first, again);
            assertEquals(first, shuffled);
        }
    }

    @Test
    void objectivesDisagreeWhenTheBestPairBlocksASecondPair() {
        // One place each. e1 fits m1 very well (20 points) and m2 not at all (0); e2 can only take m1 (0 points),
        // because departments must differ and e2 shares m2's department.
        Participant m1 = person("m1").offers("Negotiation", "Pricing").department("Engineering").build();
        Participant m2 = person("m2").department("Sales").build();
        Participant e1 = person("e1").develops("negotiation", "PRICING").department("Finance").build();
        Participant e2 = person("e2").department("Sales").build();
        MatchingRules matchedFirst = MatchingRules.builder(Format.ONE_TO_ONE).department(BoundaryRule.REQUIRED).build();
        MatchingResult most = BulkMatcher.match(List.of(m1, m2), List.of(e1, e2), matchedFirst);
        assertEquals(2, most.matched());
        assertEquals(0, most.totalScore()); // e1-m2 and e2-m1
        MatchingRules scoreFirst = MatchingRules.builder(Format.ONE_TO_ONE).department(BoundaryRule.REQUIRED)
                .objective(Objective.MAX_SCORE).build();
        MatchingResult best = BulkMatcher.match(List.of(m1, m2), List.of(e1, e2), scoreFirst);
        assertEquals(1, best.matched());
        assertEquals(20, best.totalScore());
        assertEquals(new ScoredPair("m1", "e1", 20, best.pairs().get(0).reasons()), best.pairs().get(0));
        assertEquals("every eligible mentor is full", best.unmatchedReasons().get("e2"));
    }

    @Test
    void groupMentorsTakeUpToCapacity() {
        MatchingRules rules = MatchingRules.builder(Format.GROUP).build();
        List<Participant> mentees = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            mentees.add(person("e" + i).build());
        }
        MatchingResult r = BulkMatcher.match(List.of(person("lead").capacity(5).build()), mentees, rules);
        assertEquals(5, r.matched());
        assertEquals(2, r.unmatchedReasons().size());
        r.unmatchedReasons().values().forEach(v -> assertEquals("every eligible mentor is full", v));
    }

    @Test
    void unmatchedReasonsNameTheRuleThatEliminatedMost() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).maxTimeZoneHours(3, true)
                .levelsAbove(1, 2).build();
        List<Participant> mentors = List.of(
                person("m1").languages("es").level(3).build(),
                person("m2").level(3).zone("Asia/Tokyo").build(),
                person("m3").level(3).zone("Australia/Sydney").build());
        Participant noLanguage = person("e1").languages("de").level(2).build();
        Participant farAway = person("e2").level(2).zone("America/Los_Angeles").build();
        Participant tooSenior = person("e3").level(9).zone("Asia/Tokyo").languages("ja").build();
        MatchingResult r = BulkMatcher.match(mentors, List.of(noLanguage, farAway, tooSenior), rules);
        assertEquals("no mentor shares a language with you", r.unmatchedReasons().get("e1"));
        assertEquals(Rule.LANGUAGE, r.unmatchedRules().get("e1"));
        // e2: m1 fails language and time zone, m2 and m3 fail time zone only (LA−Tokyo is 7 h on the clock).
        assertEquals("no mentor within 3 time zones of you", r.unmatchedReasons().get("e2"));
        assertEquals(Rule.LANGUAGE, r.unmatchedRules().get("e3"));
        MatchingResult none = BulkMatcher.match(List.of(), List.of(noLanguage), rules);
        assertEquals("the program has no mentors yet", none.unmatchedReasons().get("e1"));
        MatchingResult senior = BulkMatcher.match(mentors,
                List.of(person("e4").level(9).languages("es", "en").zone("Asia/Tokyo").build()), rules);
        assertEquals("no mentor is 1 to 2 levels above you", senior.unmatchedReasons().get("e4"));
    }

    @Test
    void poorFitUnderMaxScore() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).objective(Objective.MAX_SCORE)
                .maxTimeZoneHours(2, false).build();
        MatchingResult r = BulkMatcher.match(List.of(person("m").zone("Asia/Tokyo").build()),
                List.of(person("e").build()), rules);
        assertEquals(0, r.matched());
        assertEquals(Rule.POOR_FIT, r.unmatchedRules().get("e"));
        MatchingResult most = BulkMatcher.match(List.of(person("m").zone("Asia/Tokyo").build()),
                List.of(person("e").build()), MatchingRules.builder(Format.ONE_TO_ONE).maxTimeZoneHours(2, false).build());
        assertEquals(1, most.matched());
        assertTrue(most.totalScore() < 0);
    }

    @Test
    void progressIsReported() {
        Random rnd = new Random(1);
        List<String> phases = new ArrayList<>();
        BulkMatcher.match(People.random(rnd, "m", 20, true), People.random(rnd, "e", 40, false),
                MatchingRules.builder(Format.ONE_TO_ONE).build(), (phase, done, total) -> {
                    synchronized (phases) {
                        if (!phases.contains(phase)) {
                            phases.add(phase);
                        }
                    }
                });
        assertEquals(List.of("candidates", "optimising", "explaining"), phases);
    }
}
