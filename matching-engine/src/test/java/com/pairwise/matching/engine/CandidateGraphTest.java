package com.pairwise.matching.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The candidate graph, built with mentor groups and marked mentee sets, is exactly the graph of every pair checked
 * one by one with {@link Eligibility#firstFailure} and scored with {@link PairScorer#score}.
 */
class CandidateGraphTest {

    private static final String[] ZONES = {"Europe/London", "Asia/Tokyo", "America/New_York", "Pacific/Kiritimati",
        "Etc/GMT+12", "", "Not/AZone"};
    private static final String[] LANGS = {"en", "es", "fr", "de"};

    private static List<Participant> people(Random rnd, String prefix, int n, boolean mentors) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : People.random(rnd, prefix, n, mentors)) {
            List<String> langs = new ArrayList<>();
            for (String l : LANGS) {
                if (rnd.nextInt(3) == 0) {
                    langs.add(l);
                }
            }
            out.add(new Participant(p.id(), langs, ZONES[rnd.nextInt(ZONES.length)], p.country(), p.region(),
                    p.department(), rnd.nextInt(8) == 0 ? -1 : p.seniorityIndex(), p.skillsOffered(),
                    p.skillsToDevelop(), p.goals(), p.interests(), p.managerId(), p.freeCapacity()));
        }
        return out;
    }

    private static MatchingRules rules(Random rnd) {
        Format format = new Format[] {Format.ONE_TO_ONE, Format.GROUP, Format.REVERSE}[rnd.nextInt(3)];
        return MatchingRules.builder(format)
                .objective(Objective.values()[rnd.nextInt(2)])
                .weights(new Weights(1 + rnd.nextInt(10), rnd.nextInt(5), rnd.nextInt(4), rnd.nextInt(4),
                        1 + rnd.nextInt(6)))
                .levelsAbove(rnd.nextBoolean() ? rnd.nextInt(2) : null, rnd.nextBoolean() ? 2 + rnd.nextInt(3) : null)
                .maxTimeZoneHours(rnd.nextInt(4) == 0 ? null : rnd.nextInt(8), rnd.nextBoolean())
                .country(BoundaryRule.values()[rnd.nextInt(3)])
                .department(BoundaryRule.values()[rnd.nextInt(3)])
                .build();
    }

    @Test
    void sameEdgesAndScoresAsCheckingEveryPair() {
        Random rnd = new Random(31L);
        int edges = 0;
        for (int round = 0; round < 300; round++) {
            List<Participant> mentors = people(rnd, "m", 1 + rnd.nextInt(80), true);
            List<Participant> mentees = people(rnd, "e", 1 + rnd.nextInt(40), false);
            MatchingRules rules = rules(rnd);
            CandidateGraph g = BulkMatcher.candidateGraph(mentors, mentees, rules, ProgressListener.NONE);
            Population pop = Population.of(mentors, mentees, rules);
            Eligibility eligibility = new Eligibility(pop);
            PairScorer scorer = new PairScorer(pop);
            for (int r = 0; r < g.rows(); r++) {
                int b = pop.mentorCount + r;
                int[] cols = new int[pop.mentorCount];
                int[] scores = new int[pop.mentorCount];
                int n = 0;
                for (int j = 0; j < pop.mentorCount; j++) {
                    if (pop.freeCapacity[j] == 0 || eligibility.firstFailure(j, b) != Eligibility.OK) {
                        continue;
                    }
                    int s = scorer.score(j, b);
                    if (rules.objective() == Objective.MAX_SCORE && s < 0) {
                        continue;
                    }
                    cols[n] = j;
                    scores[n++] = s;
                }
                int[] gotCols = new int[g.rowEnd(r) - g.rowStart(r)];
                int[] gotScores = new int[gotCols.length];
                for (int e = g.rowStart(r); e < g.rowEnd(r); e++) {
                    gotCols[e - g.rowStart(r)] = g.edgeCol(e);
                    gotScores[e - g.rowStart(r)] = g.edgeScore(e);
                }
                assertArrayEquals(Arrays.copyOf(cols, n), gotCols, "round " + round + " row " + r);
                assertArrayEquals(Arrays.copyOf(scores, n), gotScores, "round " + round + " row " + r);
                edges += n;
            }
        }
        assertTrue(edges > 10_000, "the instances keep enough pairs to mean something: " + edges);
    }
}
