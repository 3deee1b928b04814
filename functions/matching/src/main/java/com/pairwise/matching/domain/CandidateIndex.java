package com.pairwise.matching.domain;

import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.ScoredPair;
import com.pairwise.matching.engine.Suggestions;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.MatchingVersion;
import com.pairwise.shared.store.MatchingVersion.Versions;
import com.pairwise.shared.store.RegistrationChanges;
import com.pairwise.shared.store.RegistrationChanges.Change;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One program compiled for suggestions: its registered people (profiles, capacities) as of one registrations
 * version, and who is taken (mentors' loads, matched peers) as of one relationships version. The compiled part
 * ignores loads, so a relationship starting or ending only re-reads the small load and matched items
 * ({@link #withOccupancy}); free places are applied per query. A registration change re-reads only the people the
 * change markers name and recompiles from the registrations held ({@link #patched}). Past pairs are left out per
 * request from the person's own relationships. Immutable, so concurrent requests may share it.
 */
final class CandidateIndex {
    /**
     * Markers are stamped with the writer's clock when its transaction starts, so one committing after this index
     * looked may carry an earlier time: markers are read from this far before. A change stamped earlier still (clock
     * skew, a transaction retried for longer) is missed, and then the count check sends the program to a full rebuild.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Program program;
    private final long registrationsVersion;
    private final Instant builtAt;
    private final Suggestions index;
    private final SortedMap<String, Registration> registered;
    private final Map<String, Registration> candidates;
    private final Map<String, Participant> participants;
    private final Occupancy occupancy;
    private final ChangeWindow changes;

    /** Who is taken, as of one relationships version: each mentor's mentees, and who is in an active relationship. */
    record Occupancy(long version, Map<String, Integer> loads, Set<String> matched) {
        static Occupancy read(Program program, RelationshipStore relationships, long version) {
            return new Occupancy(version, Matchmaking.isPeer(program) ? Map.of() : relationships.mentorLoads(program.id()),
                    relationships.matchedPeople(program.id()));
        }
    }

    /** The registration change markers stamped at or after {@code from} that this index already reflects. */
    record ChangeWindow(Instant from, Set<String> seen) {
        static ChangeWindow of(Instant from, List<Change> markers) {
            String first = RegistrationChanges.keyFrom(from);
            return new ChangeWindow(from, markers.stream().map(Change::key).filter(k -> k.compareTo(first) >= 0).collect(Collectors.toSet()));
        }
    }

    private CandidateIndex(Program program, long registrationsVersion, Instant builtAt, Suggestions index,
                           SortedMap<String, Registration> registered, Map<String, Registration> candidates,
                           Map<String, Participant> participants, Occupancy occupancy, ChangeWindow changes) {
        this.program = program;
        this.registrationsVersion = registrationsVersion;
        this.builtAt = builtAt;
        this.index = index;
        this.registered = registered;
        this.candidates = candidates;
        this.participants = participants;
        this.occupancy = occupancy;
        this.changes = changes;
    }

    /**
     * Reads the program (consistent reads, after {@code versions} were read, so the index is at least that fresh) and
     * compiles it: everyone registered, mentors at their full capacity. The change markers are read first, so each of
     * them is reflected in the registrations read after.
     */
    static CandidateIndex build(Program program, People people, RelationshipStore relationships, RegistrationChanges changes,
                                Versions versions, Instant now) {
        Instant from = now.minus(CLOCK_SKEW);
        List<Change> seen = changes.since(program.id(), from);
        Occupancy occupancy = Occupancy.read(program, relationships, versions.relationships());
        SortedMap<String, Registration> everyone = new TreeMap<>();
        people.registered(program.id()).forEach(r -> everyone.put(r.userId(), r));
        return compile(program, versions.registrations(), now, everyone, occupancy, ChangeWindow.of(from, seen));
    }

    /**
     * This index with only the people whose registrations changed since it looked re-read, when the change markers
     * account for every change: as many new markers as the {@code registrations} counter moved, counted against the
     * counter read after the markers (a change committing in between is then one too many for the markers, and the
     * caller rebuilds). Empty when they do not, or the markers it would need may have expired.
     */
    Optional<CandidateIndex> patched(People people, RegistrationChanges markers, MatchingVersion versions, Instant now) {
        if (changes.from().plus(RegistrationChanges.LIFETIME).minus(CLOCK_SKEW).isBefore(now)) {
            return Optional.empty();
        }
        List<Change> since = markers.since(program.id(), changes.from());
        long counter = versions.current(program.id()).registrations();
        List<Change> fresh = since.stream().filter(c -> !changes.seen().contains(c.key())).collect(Collectors.toList());
        if (fresh.size() != counter - registrationsVersion) {
            return Optional.empty();
        }
        Set<String> who = fresh.stream().map(Change::userId).collect(Collectors.toSet());
        SortedMap<String, Registration> everyone = new TreeMap<>(registered);
        who.forEach(everyone::remove);
        people.current(program.id(), who).stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .forEach(r -> everyone.put(r.userId(), r));
        Instant from = now.minus(CLOCK_SKEW);
        ChangeWindow window = from.isAfter(changes.from()) ? ChangeWindow.of(from, since) : ChangeWindow.of(changes.from(), since);
        // builtAt stays: the index still goes to a full rebuild MAX_AGE after it was first compiled.
        return Optional.of(compile(program, counter, builtAt, everyone, occupancy, window));
    }

    /** Compiles the candidates from everyone registered, in user id order (as the program's query returns them). */
    private static CandidateIndex compile(Program program, long registrationsVersion, Instant builtAt,
                                          SortedMap<String, Registration> everyone, Occupancy occupancy, ChangeWindow window) {
        Role candidateRole = Matchmaking.candidateRole(program);
        List<Registration> candidates = everyone.values().stream().filter(r -> r.role() == candidateRole).collect(Collectors.toList());
        List<Participant> candidateParticipants = Participants.mentors(candidates, program, Map.of());
        var rules = RulesOf.program(program, List.of(), builtAt);
        Suggestions index = Matchmaking.isPeer(program)
                ? Suggestions.index(List.of(), candidateParticipants, rules)
                : Suggestions.index(candidateParticipants, Participants.seekers(everyone.values().stream()
                        .filter(r -> r.role() == program.seekerRole()).collect(Collectors.toList()), program), rules);
        return new CandidateIndex(program, registrationsVersion, builtAt, index, everyone,
                candidates.stream().collect(Collectors.toMap(Registration::userId, Function.identity())),
                candidateParticipants.stream().collect(Collectors.toMap(Participant::id, Function.identity())), occupancy, window);
    }

    /** Whether the compiled part holds this program version, built not before {@code oldest}. */
    boolean compiledFrom(Program current, Instant oldest) {
        return program.version() == current.version() && program.updatedAt().equals(current.updatedAt())
                && !builtAt.isBefore(oldest);
    }

    long registrationsVersion() {
        return registrationsVersion;
    }

    long relationshipsVersion() {
        return occupancy.version();
    }

    /** The same compiled program with who is taken now. */
    CandidateIndex withOccupancy(Occupancy now) {
        return new CandidateIndex(program, registrationsVersion, builtAt, index, registered, candidates, participants, now, changes);
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
