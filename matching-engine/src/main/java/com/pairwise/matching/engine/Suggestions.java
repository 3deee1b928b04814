package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Top-k candidates for one person, best first: eligible mentors with free capacity (peers: eligible peers), ranked by
 * score, ties by id. A single linear scan with a k-sized heap, so one query costs O(candidates · log k).
 * Build once with {@link #index} and query many times when serving a warm process.
 */
public final class Suggestions {

    private final Population pop;
    private final Eligibility eligibility;
    private final PairScorer scorer;

    private Suggestions(Population pop) {
        this.pop = pop;
        this.eligibility = new Eligibility(pop);
        this.scorer = new PairScorer(pop);
    }

    /** Index of a whole program. For peer programs pass the peers as {@code people} and an empty {@code mentors}. */
    public static Suggestions index(List<Participant> mentors, List<Participant> people, MatchingRules rules) {
        return new Suggestions(rules.format() == Format.PEER
                ? Population.ofPeers(people, rules)
                : Population.of(mentors, people, rules));
    }

    /** One-off query: compiles only the candidates and the one person. */
    public static List<ScoredPair> topK(List<Participant> candidates, Participant person, MatchingRules rules, int k) {
        if (rules.format() == Format.PEER) {
            List<Participant> all = new ArrayList<>(candidates.size() + 1);
            for (Participant c : candidates) {
                if (!c.id().equals(person.id())) {
                    all.add(c);
                }
            }
            all.add(person);
            return index(List.of(), all, rules).forPerson(person.id(), k);
        }
        return index(candidates, List.of(person), rules).forPerson(person.id(), k);
    }

    /** Whether the index holds this mentee (or peer), i.e. can answer {@link #forPerson} for them. */
    public boolean knows(String id) {
        return pop.indexOfMentee(id) >= 0;
    }

    /** Best {@code k} partners for the mentee (or peer) with this id; empty when the id is unknown. */
    public List<ScoredPair> forPerson(String id, int k) {
        int b = pop.indexOfMentee(id);
        if (b < 0 || k <= 0) {
            return List.of();
        }
        boolean peer = pop.rules.format() == Format.PEER;
        int from = 0;
        int to = peer ? pop.size : pop.mentorCount;
        // Min-heap of the best k so far: the root is the worst kept candidate (lowest score, then highest index).
        PriorityQueue<long[]> best = new PriorityQueue<>(k + 1, (x, y) ->
                x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(y[1], x[1]));
        for (int a = from; a < to; a++) {
            if (a == b || (!peer && pop.freeCapacity[a] <= 0)) {
                continue;
            }
            if (eligibility.firstFailure(a, b) != Eligibility.OK) {
                continue;
            }
            int s = scorer.score(a, b);
            if (best.size() < k) {
                best.add(new long[] {s, a});
            } else {
                long[] worst = best.peek();
                if (s > worst[0] || (s == worst[0] && a < worst[1])) {
                    best.poll();
                    best.add(new long[] {s, a});
                }
            }
        }
        List<long[]> kept = new ArrayList<>(best);
        kept.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(x[1], y[1]));
        List<ScoredPair> out = new ArrayList<>(kept.size());
        for (long[] c : kept) {
            int a = (int) c[1];
            // Peer reasons speak to the person asking, so they are always the second of the pair here.
            out.add(scorer.explain(a, b));
        }
        return out;
    }
}
