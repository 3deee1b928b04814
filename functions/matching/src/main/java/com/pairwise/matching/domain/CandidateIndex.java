package com.pairwise.matching.domain;

import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.ScoredPair;
import com.pairwise.matching.engine.Suggestions;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.MatchingVersion.Versions;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One program compiled for suggestions: its registered people (profiles, capacities) as of one registrations
 * version, and who is taken (mentors' loads, matched peers) as of one relationships version. The compiled part
 * ignores loads, so a relationship starting or ending only re-reads the small load and matched items
 * ({@link #withOccupancy}); free places are applied per query. Past pairs are left out per request from the person's
 * own relationships. Immutable, so concurrent requests may share it.
 */
final class CandidateIndex {
    private final Program program;
    private final long registrationsVersion;
    private final Instant builtAt;
    private final Suggestions index;
    private final Map<String, Registration> candidates;
    private final Map<String, Participant> participants;
    private final Occupancy occupancy;

    /** Who is taken, as of one relationships version: each mentor's mentees, and who is in an active relationship. */
    record Occupancy(long version, Map<String, Integer> loads, Set<String> matched) {
        static Occupancy read(Program program, RelationshipStore relationships, long version) {
            return new Occupancy(version, Matchmaking.isPeer(program) ? Map.of() : relationships.mentorLoads(program.id()),
                    relationships.matchedPeople(program.id()));
        }
    }

    private CandidateIndex(Program program, long registrationsVersion, Instant builtAt, Suggestions index,
                           Map<String, Registration> candidates, Map<String, Participant> participants, Occupancy occupancy) {
        this.program = program;
        this.registrationsVersion = registrationsVersion;
        this.builtAt = builtAt;
        this.index = index;
        this.candidates = candidates;
        this.participants = participants;
        this.occupancy = occupancy;
    }

    /**
     * Reads the program (consistent reads, after {@code versions} were read, so the index is at least that fresh) and
     * compiles it: everyone registered, mentors at their full capacity.
     */
    static CandidateIndex build(Program program, People people, RelationshipStore relationships, Versions versions, Instant now) {
        Occupancy occupancy = Occupancy.read(program, relationships, versions.relationships());
        List<Registration> everyone = people.registered(program.id());
        Role candidateRole = Matchmaking.candidateRole(program);
        List<Registration> candidates = everyone.stream().filter(r -> r.role() == candidateRole).collect(Collectors.toList());
        List<Participant> candidateParticipants = Participants.mentors(candidates, program, Map.of());
        var rules = RulesOf.program(program, List.of(), now);
        Suggestions index = Matchmaking.isPeer(program)
                ? Suggestions.index(List.of(), candidateParticipants, rules)
                : Suggestions.index(candidateParticipants, Participants.seekers(everyone.stream()
                        .filter(r -> r.role() == program.seekerRole()).collect(Collectors.toList()), program), rules);
        return new CandidateIndex(program, versions.registrations(), now, index,
                candidates.stream().collect(Collectors.toMap(Registration::userId, Function.identity())),
                candidateParticipants.stream().collect(Collectors.toMap(Participant::id, Function.identity())), occupancy);
    }

    /** Whether the compiled part holds this program version and registrations version, built not before {@code oldest}. */
    boolean compiledFrom(Program current, long registrations, Instant oldest) {
        return program.version() == current.version() && program.updatedAt().equals(current.updatedAt())
                && registrationsVersion == registrations && !builtAt.isBefore(oldest);
    }

    long relationshipsVersion() {
        return occupancy.version();
    }

    /** The same compiled program with who is taken now. */
    CandidateIndex withOccupancy(Occupancy now) {
        return new CandidateIndex(program, registrationsVersion, builtAt, index, candidates, participants, now);
    }

    /**
     * Best partners with a free place for {@code me}, leaving out {@code excluded} (the person's past and present
     * partners). Asks the engine for enough more than {@code limit} to make up for every partner that may be taken or
     * excluded, so the answer is the true top of those who are free.
     */
    List<Suggestion> suggestionsFor(Registration me, int limit, Set<String> excluded) {
        boolean peer = Matchmaking.isPeer(program);
        int taken = peer ? occupancy.matched().size() : occupancy.loads().size();
        int k = limit + excluded.size() + taken;
        List<ScoredPair> pairs = index.knows(me.userId())
                ? index.forPerson(me.userId(), k)
                // Registered after the index was compiled would have moved its version; kept as a safe fallback.
                : Suggestions.topK(new ArrayList<>(participants.values()), Participants.of(me, program, 0),
                        RulesOf.program(program, List.of(), builtAt), k);
        List<Suggestion> out = new ArrayList<>();
        for (ScoredPair pair : pairs) {
            String partner = pair.mentorId().equals(me.userId()) ? pair.menteeId() : pair.mentorId();
            int free = peer ? (occupancy.matched().contains(partner) ? 0 : 1)
                    : participants.get(partner).freeCapacity() - occupancy.loads().getOrDefault(partner, 0);
            if (out.size() < limit && free > 0 && !excluded.contains(partner)) {
                out.add(new Suggestion(partner, candidates.get(partner).profile().displayName(), pair.score(), pair.reasons(), free));
            }
        }
        return out;
    }
}
