package com.pairwise.matching.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.store.MatchRequestStore;
import java.time.Instant;
import java.util.List;

/**
 * Stores a new pending match request (a mentee's or a waitlist offer) together with its {@code MatchRequested}
 * event in one transaction, then publishes the event. The reminders function plans the mentor's nudges and the
 * mentee's expiry notice from it; answers need no event, since reminders reads the request when a reminder falls due.
 */
public final class AnnouncedRequests {
    public static final String REQUESTED = "MatchRequested";

    private final MatchRequestStore requests;
    private final EventRelay relay;
    private final IdGenerator ids;

    public AnnouncedRequests(MatchRequestStore requests, EventRelay relay, IdGenerator ids) {
        this.requests = requests;
        this.relay = relay;
        this.ids = ids;
    }

    /** @throws com.pairwise.shared.domain.ConflictException as {@link MatchRequestStore#create} */
    public MatchRequest create(MatchRequest request, Instant now) {
        DomainEvent requested = requested(request);
        MatchRequest stored = requests.create(request, now, List.of(requested));
        relay.publish(requested);
        return stored;
    }

    private DomainEvent requested(MatchRequest r) {
        ObjectNode d = JsonTree.object();
        d.put("requestId", r.id());
        d.put("programId", r.programId());
        d.put("menteeId", r.menteeId());
        d.put("mentorId", r.mentorId());
        d.put("origin", r.origin().wire());
        d.put("createdAt", r.createdAt().toString());
        d.put("expiresAt", r.expiresAt().toString());
        return new DomainEvent(ids.next("evt"), RelationshipEvents.SOURCE, REQUESTED, JsonTree.write(d), r.createdAt());
    }
}
