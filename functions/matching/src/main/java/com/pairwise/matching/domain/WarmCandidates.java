package com.pairwise.matching.domain;

import com.pairwise.shared.model.Program;
import com.pairwise.shared.store.MatchingVersion;
import com.pairwise.shared.store.MatchingVersion.Versions;
import com.pairwise.shared.store.RegistrationChanges;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled candidates of the programs a container serves, reused across requests. Built once at init and owned by
 * the handler's wiring (like the SDK clients), so a warm Lambda container answers suggestions from memory instead of
 * reading a 20,000-person program on every request. Correctness never rests on the cache: each request reads the
 * program and its {@link MatchingVersion} (one GetItem), which every write changing eligibility bumps in its own
 * transaction, and an entry is used only at exactly those versions (a relationship change re-reads only loads and
 * matched markers, a registration change only the people its {@link RegistrationChanges} markers name); {@link #MAX_AGE} bounds what a write bypassing the stores could leave stale. Bounded to {@link #PROGRAMS} entries, least recently used first out, so memory
 * stays within the function's.
 */
public final class WarmCandidates {
    static final int PROGRAMS = 4;
    /** Also re-reads time zone offsets (compared at "now" when a program has no start date) now and then. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final People people;
    private final RelationshipStore relationships;
    private final MatchingVersion versions;
    private final RegistrationChanges changes;
    private final Map<String, CandidateIndex> byProgram = new LinkedHashMap<>(PROGRAMS + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CandidateIndex> eldest) {
            return size() > PROGRAMS;
        }
    };

    public WarmCandidates(People people, RelationshipStore relationships, MatchingVersion versions, RegistrationChanges changes) {
        this.people = people;
        this.relationships = relationships;
        this.versions = versions;
        this.changes = changes;
    }

    /**
     * The program's index at its current versions: held as is, or with who is taken re-read (a relationship changed),
     * or with the people whose registrations changed re-read and recompiled in memory (their change markers account
     * for the counter's movement), or compiled again from all registrations (cold, the program changed, the markers do
     * not explain the change, or the index is older than {@link #MAX_AGE}).
     */
    CandidateIndex of(Program program, Instant now) {
        // Read before anything is loaded: an index built from later reads is at least this fresh, never older.
        Versions versions = this.versions.current(program.id());
        CandidateIndex held;
        synchronized (byProgram) {
            held = byProgram.get(program.id());
        }
        CandidateIndex current;
        if (held == null || !held.compiledFrom(program, now.minus(MAX_AGE))) {
            current = CandidateIndex.build(program, people, relationships, changes, versions, now);
        } else if (held.registrationsVersion() != versions.registrations()) {
            current = held.patched(people, changes, this.versions, now)
                    .orElseGet(() -> CandidateIndex.build(program, people, relationships, changes, versions, now));
        } else if (held.relationshipsVersion() == versions.relationships()) {
            return held;
        } else {
            current = held;
        }
        if (current.relationshipsVersion() != versions.relationships()) {
            current = current.withOccupancy(CandidateIndex.Occupancy.read(program, relationships, versions.relationships()));
        }
        synchronized (byProgram) {
            byProgram.put(program.id(), current);
        }
        return current;
    }
}
