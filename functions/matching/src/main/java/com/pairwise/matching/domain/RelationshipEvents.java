package com.pairwise.matching.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.Relationship;
import java.time.Instant;

/**
 * The events subscribers (agenda, surveys, reminders) get when a relationship starts or ends. The detail carries
 * everything they need so none has to read the relationship back: ids, format, people, goals, times, reason.
 */
public final class RelationshipEvents {
    public static final String SOURCE = "pairwise.matching";
    public static final String STARTED = "RelationshipStarted";
    public static final String ENDED = "RelationshipEnded";

    private final IdGenerator ids;

    public RelationshipEvents(IdGenerator ids) {
        this.ids = ids;
    }

    public DomainEvent started(Relationship r, String startedBy, Instant now) {
        ObjectNode detail = detail(r);
        detail.put("startedBy", startedBy);
        return new DomainEvent(ids.next("evt"), SOURCE, STARTED, JsonTree.write(detail), now);
    }

    public DomainEvent ended(Relationship r, String endedBy, Instant now) {
        ObjectNode detail = detail(r);
        detail.put("endedBy", endedBy);
        return new DomainEvent(ids.next("evt"), SOURCE, ENDED, JsonTree.write(detail), now);
    }

    private static ObjectNode detail(Relationship r) {
        ObjectNode o = JsonTree.object();
        o.put("relationshipId", r.id());
        o.put("programId", r.programId());
        o.put("format", r.format().wire());
        o.put("mentorId", r.mentorId());
        ArrayNode mentees = o.putArray("menteeIds");
        r.menteeIds().forEach(mentees::add);
        ArrayNode goals = o.putArray("goals");
        r.goals().forEach(goals::add);
        o.put("startedAt", r.startedAt().toString());
        o.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
        o.put("reason", r.endReason());
        return o;
    }
}
