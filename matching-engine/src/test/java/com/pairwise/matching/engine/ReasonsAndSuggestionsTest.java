package com.pairwise.matching.engine;

import static com.pairwise.matching.engine.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReasonsAndSuggestionsTest {

    @Test
    void reasonsAreReadableAndAddUpToTheScore() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).levelsAbove(1, 3)
                .country(BoundaryRule.BONUS).department(BoundaryRule.BONUS)
                .weights(new Weights(10, 4, 2, 3, 5)).build();
        Participant mentor = person("m").languages("es", "en").country("BR").zone("America/Sao_Paulo")
                .department("Sales").level(4).offers("Negotiation", "Public  Speaking", "Java")
                .interests("Chess", "Hiking").build();
        Participant mentee = person("e").languages("es").country("ES").zone("Europe/Madrid").level(2)
                .develops("negotiation", "public speaking").goals("I want to get better at chess openings and Java")
                .interests("chess").build();
        List<ScoredPair> top = Suggestions.topK(List.of(mentor), mentee, rules, 3);
        assertEquals(1, top.size());
        ScoredPair p = top.get(0);
        assertEquals(List.of(
                "speaks Spanish like you",
                "is 2 levels above you",
                "offers Negotiation and Public Speaking, which you want to develop",
                "brings what your goals mention: \"chess\" and \"java\"",
                "shares your interest in Chess",
                "works in Brazil, a different country",
                "works in Sales, a different department"), p.reasons());
        // 2 skills·10 + 2 goal words·4 + 1 interest·2 + 2 boundaries·3
        assertEquals(20 + 8 + 2 + 6, p.score());
    }

    @Test
    void softTimeZonePenaltyIsExplained() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).maxTimeZoneHours(3, false).build();
        ScoredPair p = Suggestions.topK(List.of(person("m").zone("Asia/Tokyo").build()),
                person("e").zone("Europe/London").build(), rules, 1).get(0);
        assertEquals(-30, p.score()); // 9 h apart in January: 6 started hours beyond 3, at 5 each
        assertTrue(p.reasons().contains("is about 9 hours from your time zone, beyond the program's 3-hour limit"),
                p.reasons().toString());
    }

    @Test
    void explainedScoreEqualsFastScore() {
        Random rnd = new Random(4);
        List<Participant> mentors = People.random(rnd, "m", 60, true);
        List<Participant> mentees = People.random(rnd, "e", 60, false);
        for (Format format : List.of(Format.ONE_TO_ONE, Format.PEER)) {
            MatchingRules rules = MatchingRules.builder(format).requireSharedLanguage(false)
                    .maxTimeZoneHours(2, false).country(BoundaryRule.BONUS).region(BoundaryRule.BONUS).build();
            Population pop = format == Format.PEER ? Population.ofPeers(mentees, rules)
                    : Population.of(mentors, mentees, rules);
            PairScorer scorer = new PairScorer(pop);
            for (int a = 0; a < pop.size; a++) {
                for (int b = pop.mentorCount; b < pop.size; b++) {
                    if (a != b) {
                        assertEquals(scorer.score(a, b), scorer.explain(a, b).score());
                        if (format == Format.PEER) {
                            assertEquals(scorer.score(a, b), scorer.score(b, a), "peer scores are symmetric");
                        }
                    }
                }
            }
        }
    }

    @Test
    void suggestionsRankByScoreThenIdAndSkipFullMentors() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).build();
        List<Participant> mentors = new ArrayList<>(List.of(
                person("c").offers("Java").build(),
                person("b").offers("Java").build(),
                person("a").build(),
                person("z").offers("Java", "Design").capacity(0).build(),
                person("y").languages("fr").offers("Java", "Design").build()));
        Participant mentee = person("e").develops("java", "design").build();
        List<ScoredPair> top = Suggestions.topK(mentors, mentee, rules, 2);
        assertEquals(List.of("b", "c"), top.stream().map(ScoredPair::mentorId).toList());
        Suggestions index = Suggestions.index(mentors, List.of(mentee), rules);
        assertEquals(List.of("b", "c", "a"), index.forPerson("e", 5).stream().map(ScoredPair::mentorId).toList());
        assertEquals(List.of(), index.forPerson("nobody", 5));
    }
}
