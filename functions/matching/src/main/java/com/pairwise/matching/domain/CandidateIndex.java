package com.pairwise.matching.domain;

import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.ScoredPair;
import com.pairwise.matching.engine.Suggestions;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One program's candidates and seekers compiled for suggestions, as they stood at one matching version: mentors
 * with their free places (peers not paired), everyone who may ask, and every pair the program's history excludes.
 * Immutable once built, so concurrent requests may share it.
 */
final class CandidateIndex {
    private final Program program;
    private final long matchingVersion;
    private final Instant builtAt;
    private final Matchmaking state;
    private final Suggestions index;
    private final Map<String, Registration> candidates;
    private final Map<String, Participant> participants;

    private CandidateIndex(Program program, long matchingVersion, Instant builtAt, Matchmaking state, Suggestions index) {
        this.program = program;
        this.matchingVersion = matchingVersion;
        this.builtAt = builtAt;
        this.state = state;
        this.index = index;
        this.candidates = state.candidates().stream().collect(Collectors.toMap(Registration::userId, Function.identity()));
        this.participants = state.candidateParticipants().stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    /**
     * Reads the program's state (consistent reads, after {@code matchingVersion} was read, so the index is at least
     * that fresh) and compiles it.
     */
    static CandidateIndex build(Program program, People people, com.pairwise.shared.store.RelationshipStore relationships,
                                long matchingVersion, Instant now) {
        Matchmaking state = Matchmaking.load(program, people, relationships, relationships.byProgram(program.id()), now);
        Suggestions index;
        if (Matchmaking.isPeer(program)) {
            index = Suggestions.index(List.of(), state.candidateParticipants(), state.rules());
        } else {
            index = Suggestions.index(state.candidateParticipants(), Participants.seekers(state.seekers(), program), state.rules());
        }
        return new CandidateIndex(program, matchingVersion, now, state, index);
    }

    /** Built from this program version and matching version, not before {@code oldest}. */
    boolean isCurrent(Program current, long version, Instant oldest) {
        return program.version() == current.version() && program.updatedAt().equals(current.updatedAt())
                && matchingVersion == version && !builtAt.isBefore(oldest);
    }

    /**
     * Best partners for {@code me}, leaving out {@code excluded} (the person's own past and present partners, read
     * per request: the program's history here comes from an index that may lag a moment).
     */
    List<Suggestion> suggestionsFor(Registration me, int limit, Set<String> excluded) {
        List<ScoredPair> pairs = index.knows(me.userId())
                ? index.forPerson(me.userId(), limit + excluded.size())
                // Not among the seekers compiled (e.g. they were matched when it was built): score them alone.
                : Suggestions.topK(state.candidateParticipants(), Participants.of(me, program, 0), state.rules(), limit + excluded.size());
        List<Suggestion> out = new ArrayList<>();
        for (ScoredPair pair : pairs) {
            String partner = pair.mentorId().equals(me.userId()) ? pair.menteeId() : pair.mentorId();
            if (out.size() == limit || excluded.contains(partner)) {
                continue;
            }
            int free = Matchmaking.isPeer(program) ? 1 : participants.get(partner).freeCapacity();
            out.add(new Suggestion(partner, candidates.get(partner).profile().displayName(), pair.score(), pair.reasons(), free));
        }
        return out;
    }
}
