package com.pairwise.shared.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.http.JsonTree;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reminders function's extension point as another function writes it: {@code ReminderRequested} asks for one
 * reminder (recipient, kind, subject, due time, revision, facts for its text) and {@code ReminderWithdrawn} takes it
 * back. (recipient, kind, subject) names the reminder; a higher revision wins, so a withdrawal must carry a revision
 * above the request's and a later request one above the withdrawal's.
 */
public final class ReminderRequests {
    public static final String REQUESTED = "ReminderRequested";
    public static final String WITHDRAWN = "ReminderWithdrawn";
    /** Kinds the reminders function knows (its ReminderKind wire names) that other functions request. */
    public static final String REGISTRATION_INCOMPLETE = "registration_incomplete";
    public static final String SURVEY_DUE = "survey_due";

    private final String source;
    private final IdGenerator ids;

    /** @param source the requesting function's event source, e.g. {@code pairwise.signup} */
    public ReminderRequests(String source, IdGenerator ids) {
        this.source = source;
        this.ids = ids;
    }

    public DomainEvent requested(String recipientId, String kind, String subject, String programId, Instant dueAt, long revision,
                                 Map<String, String> facts, Instant now) {
        ObjectNode d = detail(recipientId, kind, subject, revision);
        d.put("programId", programId);
        d.put("dueAt", dueAt.toString());
        ObjectNode f = d.putObject("facts");
        new TreeMap<>(facts).forEach(f::put);
        return new DomainEvent(ids.next("evt"), source, REQUESTED, JsonTree.write(d), now);
    }

    public DomainEvent withdrawn(String recipientId, String kind, String subject, long revision, Instant now) {
        return new DomainEvent(ids.next("evt"), source, WITHDRAWN, JsonTree.write(detail(recipientId, kind, subject, revision)), now);
    }

    private static ObjectNode detail(String recipientId, String kind, String subject, long revision) {
        ObjectNode d = JsonTree.object();
        d.put("recipientId", recipientId);
        d.put("kind", kind);
        d.put("subject", subject);
        d.put("revision", revision);
        return d;
    }
}
