package com.pairwise.matching.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.domain.ManualPairing;
import com.pairwise.matching.domain.PairingOutcome;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Relationship bodies in and out. */
final class RelationshipJson {
    private static final Set<String> PAIRING_FIELDS = Set.of("mentorId", "menteeId", "menteeIds", "overrideCapacity");
    private static final Set<String> END_FIELDS = Set.of("reason");
    static final int MAX_GROUP = 50;

    private RelationshipJson() {
    }

    static ManualPairing readPairing(ObjectNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(PAIRING_FIELDS);
        String mentorId = Ids.read(f, "mentorId");
        f.require("mentorId", mentorId);
        List<String> menteeIds = new ArrayList<>();
        if (f.has("menteeId") && f.has("menteeIds")) {
            f.error("menteeIds", "send either menteeId or menteeIds, not both");
        } else if (f.has("menteeIds")) {
            List<String> ids = f.texts("menteeIds", MAX_GROUP, 128);
            if (ids != null && ids.isEmpty()) {
                f.error("menteeIds", "must hold at least one id");
            } else if (ids != null) {
                for (int i = 0; i < ids.size(); i++) {
                    if (!com.pairwise.shared.domain.Identifiers.isValid(ids.get(i))) {
                        f.error("menteeIds[" + i + "]", "is not a user id");
                    }
                }
                menteeIds.addAll(ids);
            }
            f.require("menteeIds", ids);
        } else {
            String one = Ids.read(f, "menteeId");
            f.require("menteeId", one);
            if (one != null) {
                menteeIds.add(one);
            }
        }
        Boolean override = f.bool("overrideCapacity");
        f.throwIfInvalid();
        return new ManualPairing(mentorId, menteeIds, Boolean.TRUE.equals(override));
    }

    /** The optional reason of an end request; an absent body means no reason. */
    static String readEndReason(ObjectNode body) {
        if (body == null) {
            return null;
        }
        Fields f = new Fields(body);
        f.rejectUnknown(END_FIELDS);
        String reason = f.text("reason", 1000);
        f.throwIfInvalid();
        return reason;
    }

    static ObjectNode write(Relationship r) {
        ObjectNode o = JsonTree.object();
        o.put("id", r.id());
        o.put("programId", r.programId());
        o.put("format", r.format().wire());
        o.put("status", r.status().wire());
        o.put("mentorId", r.mentorId());
        o.set("menteeIds", strings(r.menteeIds()));
        o.set("goals", strings(r.goals()));
        o.put("startedAt", r.startedAt().toString());
        o.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
        o.put("endReason", r.endReason());
        return o;
    }

    static ObjectNode write(PairingOutcome outcome) {
        ObjectNode o = write(outcome.relationship());
        o.set("overriddenRules", strings(outcome.overriddenRules()));
        return o;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = JsonTree.array();
        values.forEach(a::add);
        return a;
    }
}
