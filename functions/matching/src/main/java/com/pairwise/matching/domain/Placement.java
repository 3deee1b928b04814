package com.pairwise.matching.domain;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.RunPairMark;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Puts mentees with a mentor: a new relationship, or in group programs the mentor's active group, joined one mentee
 * per transaction (a whole large group would not fit one DynamoDB transaction). Each step publishes its event and
 * is reported to the caller's {@code started} as soon as its transaction committed, so a group placement that stops
 * part way still reports the mentees who did join.
 */
public final class Placement {
    private final RelationshipStore relationships;
    private final SelfMatching selfMatching;
    private final RelationshipEvents events;
    private final EventRelay relay;

    public Placement(RelationshipStore relationships, SelfMatching selfMatching, RelationshipEvents events, EventRelay relay) {
        this.relationships = relationships;
        this.selfMatching = selfMatching;
        this.events = events;
        this.relay = relay;
    }

    /**
     * @param capacity null: the mentor's capacity is not checked (explicit override, or peers)
     * @param started  runs once per mentee placed (a relationship started or a group joined), after its write committed
     * @throws com.pairwise.shared.domain.ConflictException mentor-full, already-matched
     */
    public Relationship place(Program program, Registration mentor, List<Registration> mentees, Integer capacity, String by, Instant now,
                              Runnable started) {
        return place(program, mentor, mentees, capacity, by, now, null, started);
    }

    /**
     * As {@link #place(Program, Registration, List, Integer, String, Instant, Runnable)} for one run's pair: {@code mark}
     * is written with the (single) mentee's transaction. @throws ConflictException also {@code pair-committed}, when
     * another worker started the pair: {@code started} does not run then
     */
    public Relationship place(Program program, Registration mentor, List<Registration> mentees, Integer capacity, String by,
                              Instant now, RunPairMark mark, Runnable started) {
        Optional<Relationship> group = program.settings().format() == ProgramFormat.GROUP
                ? relationships.byUser(mentor.userId(), program.id()).stream()
                        .filter(r -> r.isActive() && r.mentorId().equals(mentor.userId())).findFirst()
                : Optional.empty();
        Relationship result;
        List<Registration> toJoin;
        if (group.isPresent()) {
            result = group.get();
            toJoin = mentees;
        } else {
            Relationship fresh = selfMatching.newRelationship(program, mentor.userId(), mentees.subList(0, 1), now);
            DomainEvent event = events.started(fresh, by, now);
            result = relationships.start(fresh, capacity, List.of(event), mark);
            started.run();
            relay.publish(event);
            toJoin = mentees.subList(1, mentees.size());
        }
        for (Registration m : toJoin) {
            DomainEvent event = events.started(result.joinedBy(m.userId(), m.profile().goals()), by, now);
            result = relationships.join(result, m.userId(), m.profile().goals(), capacity, List.of(event), mark);
            started.run();
            relay.publish(event);
        }
        return result;
    }
}
