package com.pairwise.matching.domain;

import com.pairwise.matching.engine.Eligibility;
import com.pairwise.matching.engine.MatchingRules;
import com.pairwise.matching.engine.Participant;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Relationships as people see and change them: read (participants, the program's coordinators, administrators),
 * pair by hand (coordinators) and end (either side or a coordinator). An ended pair is never proposed again.
 */
public final class Relationships {
    private final ProgramAccess programs;
    private final People people;
    private final RelationshipStore relationships;
    private final Placement placement;
    private final RelationshipEvents events;
    private final EventRelay relay;
    private final CapacityListener capacityFreed;
    private final Clock clock;

    public Relationships(ProgramAccess programs, People people, RelationshipStore relationships, Placement placement,
                         RelationshipEvents events, EventRelay relay, CapacityListener capacityFreed, Clock clock) {
        this.programs = programs;
        this.people = people;
        this.relationships = relationships;
        this.placement = placement;
        this.events = events;
        this.relay = relay;
        this.capacityFreed = capacityFreed;
        this.clock = clock;
    }

    public Relationship get(Caller caller, String relationshipId) {
        if (!Identifiers.isValid(relationshipId)) {
            throw new NotFoundException("no relationship " + ProgramAccess.shorten(relationshipId));
        }
        Relationship r = relationships.get(relationshipId)
                .orElseThrow(() -> new NotFoundException("no relationship " + relationshipId));
        if (!r.involves(caller.userId()) && !ProgramAccess.manages(caller, programs.get(r.programId()))) {
            throw new ForbiddenException("only its participants, the program's coordinators and administrators see a relationship");
        }
        return r;
    }

    /** A page of the caller's relationships across programs, oldest first. */
    public Page<Relationship> mine(Caller caller, int limit, String cursor) {
        return relationships.byUser(caller.userId(), limit, cursor);
    }

    /**
     * A coordinator pairs people directly. Program rules do not bind them (the ones broken are reported), the mentor's
     * capacity does unless {@code overrideCapacity} is set.
     *
     * @param started runs once per mentee placed, as soon as that write committed (see {@link Placement})
     * @throws ConflictException self-request, not-in-program, mentor-full, already-matched
     */
    public PairingOutcome pair(Caller caller, String programId, ManualPairing pairing, Runnable started) {
        Program program = programs.managed(caller, programId);
        ProgramFormat format = program.settings().format();
        if (format != ProgramFormat.GROUP && pairing.menteeIds().size() != 1) {
            throw com.pairwise.shared.domain.ValidationException.of("menteeIds", "must hold exactly one id in a " + format.wire() + " program");
        }
        if (pairing.menteeIds().contains(pairing.mentorId())) {
            throw new ConflictException("self-request", "a person cannot be paired with themselves");
        }
        Registration mentor = people.registered(programId, pairing.mentorId())
                .filter(r -> r.role() == Matchmaking.candidateRole(program))
                .orElseThrow(() -> new ConflictException("not-in-program",
                        "mentorId: not a registered " + Matchmaking.candidateRole(program).wire() + " of this program"));
        List<Registration> mentees = new ArrayList<>();
        for (String id : pairing.menteeIds()) {
            mentees.add(people.registered(programId, id).filter(r -> r.role() == program.seekerRole())
                    .orElseThrow(() -> new ConflictException("not-in-program",
                            "menteeIds: " + id + " is not a registered " + program.seekerRole().wire() + " of this program")));
        }
        Instant now = clock.instant();
        MatchingRules rules = RulesOf.program(program, relationships.byUser(mentor.userId(), programId), now);
        Participant mentorP = Participants.of(mentor, program, 0);
        List<String> overridden = new ArrayList<>();
        for (Registration m : mentees) {
            Eligibility.whyNot(mentorP, Participants.of(m, program, 0), rules)
                    .ifPresent(rule -> overridden.add(m.userId() + ": " + SelfMatching.describe(rule)));
        }
        Integer capacity = Matchmaking.isPeer(program) || pairing.overrideCapacity() ? null : Participants.capacity(mentor, program);
        Relationship result = placement.place(program, mentor, mentees, capacity, caller.userId(), now, started);
        return new PairingOutcome(result, overridden);
    }

    /**
     * Ends an active relationship; both sides become matchable again and the freed places are offered on.
     *
     * @throws ConflictException relationship-ended
     */
    public Relationship end(Caller caller, String relationshipId, String reason) {
        Relationship current = get(caller, relationshipId);
        if (!current.isActive()) {
            throw new ConflictException("relationship-ended", "the relationship ended on " + current.endedAt());
        }
        Instant now = clock.instant();
        Relationship ended = current.ended(now, reason);
        DomainEvent event = events.ended(ended, caller.userId(), now);
        relationships.end(current, now, reason, List.of(event));
        relay.publish(event);
        if (ended.format() != ProgramFormat.PEER) {
            capacityFreed.mentorHasRoom(ended.programId(), ended.mentorId());
        }
        return ended;
    }

}
