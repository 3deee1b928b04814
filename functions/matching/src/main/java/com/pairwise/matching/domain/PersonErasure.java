package com.pairwise.matching.domain;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.MatchingErasureStore;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matching's part of an erasure ({@link PersonErased}). The other party keeps the record that the relationship existed,
 * with the pseudonym in the erased person's place and nothing they wrote. Active relationships end first, as any
 * ending does (RelationshipEnded, so the mentor's place frees and agenda, reminders and surveys react as usual; the
 * event already names the pseudonym); pending requests to or from them are cancelled (first, so none is accepted
 * while their relationships are looked at), and every request is pseudonymised. Each step is conditional on its own outcome not being there yet, so a redelivered event or a retry
 * after a crash finishes the work and repeats none of it.
 */
public final class PersonErasure {
    private static final int ATTEMPTS = 5;

    private final RelationshipStore relationships;
    private final MatchRequestStore requests;
    private final MatchingErasureStore store;
    private final RelationshipEvents events;
    private final EventRelay relay;
    private final CapacityListener capacityFreed;
    private final Clock clock;

    public PersonErasure(RelationshipStore relationships, MatchRequestStore requests, MatchingErasureStore store,
                         RelationshipEvents events, EventRelay relay, CapacityListener capacityFreed, Clock clock) {
        this.relationships = relationships;
        this.requests = requests;
        this.store = store;
        this.events = events;
        this.relay = relay;
        this.capacityFreed = capacityFreed;
        this.clock = clock;
    }

    /** What one erasure changed here (a redelivery reports zeros). */
    public record Outcome(int relationshipsEnded, int relationshipsPseudonymised, int requestsCancelled, int requestsPseudonymised,
                          int runItemsPseudonymised) {
    }

    public Outcome erase(PersonErased erasure) {
        int[] counts = new int[4];
        Set<String> programs = new LinkedHashSet<>(erasure.programIds());
        // Requests first: a pending one accepted meanwhile would start a relationship the scan below has to see.
        store.forEachRequestOf(erasure.personId(), request -> {
            programs.add(request.programId());
            erase(request, erasure, counts);
        });
        Set<String> seen = new LinkedHashSet<>();
        // The links find them all; the event's list covers links a crashed attempt may have dropped already.
        store.forEachRelationshipOf(erasure.personId(), seen::add);
        erasure.relationships().forEach(r -> seen.add(r.relationshipId()));
        for (String id : seen) {
            Optional<Relationship> found = relationships.get(id);
            if (found.isEmpty()) {
                store.dropMemberLink(id, erasure.personId());
                continue;
            }
            programs.add(found.get().programId());
            erase(found.get(), erasure, counts);
        }
        int runItems = 0;
        for (String program : programs) {
            store.forget(program, erasure.personId());
            // After the relationships: a commit job still starting one of their pairs would otherwise write them back.
            runItems += store.pseudonymiseRuns(program, erasure);
        }
        return new Outcome(counts[0], counts[1], counts[2], counts[3], runItems);
    }

    private void erase(Relationship relationship, PersonErased erasure, int[] counts) {
        Relationship current = relationship;
        for (int attempt = 1; current.isActive(); attempt++) {
            try {
                end(current, erasure);
                counts[0]++;
                break;
            } catch (ConflictException changedMeanwhile) {
                // A mentee joined the group or someone ended it at the same moment: look again.
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
                current = relationships.get(current.id()).orElseThrow();
            }
        }
        Relationship ended = relationships.get(current.id()).orElseThrow();
        if (!ended.involves(erasure.personId())) {
            store.dropMemberLink(ended.id(), erasure.personId());
        } else if (store.pseudonymise(ended, erasure)) {
            counts[1]++;
        }
    }

    /**
     * Ends as {@link Relationships#end} does; the event names the pseudonym, never the erased person, so what the
     * subscribers keep of it holds nothing of theirs.
     */
    private void end(Relationship current, PersonErased erasure) {
        Instant now = clock.instant();
        Relationship ended = current.ended(now, MatchingErasureStore.ERASED_REASON);
        Relationship announced = new Relationship(ended.id(), ended.programId(), erasure.replace(ended.mentorId()),
                erasure.replace(ended.menteeIds()), ended.format(), ended.status(), ended.startedAt(), ended.endedAt(),
                ended.endReason(), List.of());
        DomainEvent event = events.ended(announced, erasure.pseudonym(), now);
        relationships.end(current, now, MatchingErasureStore.ERASED_REASON, List.of(event));
        relay.publish(event);
        if (ended.format() != ProgramFormat.PEER && !ended.mentorId().equals(erasure.personId())) {
            capacityFreed.mentorHasRoom(ended.programId(), ended.mentorId());
        }
    }

    private void erase(MatchRequest request, PersonErased erasure, int[] counts) {
        if (request.status() == MatchRequestStatus.PENDING) {
            try {
                requests.close(request, MatchRequestStatus.CANCELLED, clock.instant());
                counts[2]++;
            } catch (ConflictException answeredMeanwhile) {
                // Accepted, declined or expired at the same moment: pseudonymised as it stands below.
            }
        }
        if (store.pseudonymise(requests.get(request.id()).orElse(request), erasure)) {
            counts[3]++;
        }
    }
}
