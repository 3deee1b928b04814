package com.pairwise.matching.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.domain.Suggestion;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchRequest;
import java.time.Instant;
import java.util.Set;

/** Match request and suggestion bodies. */
final class MatchRequestJson {
    private static final Set<String> FIELDS = Set.of("mentorId", "message");

    private MatchRequestJson() {
    }

    /** A new request: who to ask, and an optional note to them. */
    record NewRequest(String mentorId, String message) {
    }

    static NewRequest read(ObjectNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(FIELDS);
        String mentorId = Ids.read(f, "mentorId");
        f.require("mentorId", mentorId);
        String message = f.text("message", 2000);
        f.throwIfInvalid();
        return new NewRequest(mentorId, message);
    }

    static ObjectNode write(MatchRequest r, Instant now) {
        ObjectNode o = JsonTree.object();
        o.put("id", r.id());
        o.put("programId", r.programId());
        o.put("menteeId", r.menteeId());
        o.put("mentorId", r.mentorId());
        o.put("origin", r.origin().wire());
        o.put("status", r.effectiveStatus(now).wire());
        o.put("score", r.score());
        o.set("reasons", RelationshipJson.strings(r.reasons()));
        o.put("message", r.message());
        o.put("createdAt", r.createdAt().toString());
        o.put("expiresAt", r.expiresAt().toString());
        o.put("respondedAt", r.respondedAt() == null ? null : r.respondedAt().toString());
        o.put("relationshipId", r.relationshipId());
        return o;
    }

    static ObjectNode write(Suggestion s) {
        ObjectNode o = JsonTree.object();
        o.put("userId", s.userId());
        o.put("displayName", s.displayName());
        o.put("score", s.score());
        o.set("reasons", RelationshipJson.strings(s.reasons()));
        o.put("freePlaces", s.freePlaces());
        return o;
    }
}
