package com.pairwise.shared.privacy;

import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.TableDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The matching function's part: the person's relationships (GSI1 {@code USER#id} / {@code REL#}, then the
 * relationships by key) and the match requests they made (GSI1 {@code USER#id} / {@code REQ#}) or received (GSI2
 * {@code USER#id} / {@code REQ#}). Each is shown as {@code GET /relationships/{id}} and
 * {@code GET /match-requests/{id}} show it to the person; and where a matching run left them waiting for a place.
 */
public final class RelationshipsSection implements ExportSection {
    private final RelationshipStore relationships;
    private final MatchRequestStore requests;
    private final ItemReads reads;
    private final Clock clock;

    public RelationshipsSection(PairwiseTable table, Clock clock) {
        this.relationships = new RelationshipStore(table);
        this.reads = new ItemReads(table);
        this.requests = new MatchRequestStore(table);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "matching";
    }

    @Override
    public Map<String, Object> read(String userId) {
        List<Object> mine = new ArrayList<>();
        for (Relationship r : relationships.byUser(userId)) {
            mine.add(relationship(r, userId));
        }
        Instant now = clock.instant();
        List<Object> asked = new ArrayList<>();
        List<MatchRequest> all = new ArrayList<>(requests.byMentee(userId));
        all.addAll(requests.byMentor(userId));
        all.sort(Comparator.comparing(MatchRequest::createdAt).thenComparing(MatchRequest::id));
        for (MatchRequest r : all) {
            asked.add(request(r, userId, now));
        }
        return Entries.object().put("relationships", mine).put("matchRequests", asked).put("waitingForPlace", waiting(userId)).map();
    }

    /**
     * Where a committed matching run left the person unmatched and waiting for a freed place, with the rule that kept
     * them out: BatchGetItem {@code PROGRAM#<programId>} / {@code UNMATCHED#<id>} for each program they are registered in
     * (GSI1 {@code USER#id} / {@code REG#}).
     */
    private List<Object> waiting(String userId) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> registration : reads.index(TableDefinition.GSI1, Keys.user(userId), Keys.REGISTRATION_PREFIX)) {
            keys.add(ItemReads.key(Keys.program(ItemReads.text(registration, "programId")), Keys.unmatched(userId)));
        }
        List<Object> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : reads.getAll(keys).values()) {
            out.add(Entries.object()
                    .put("programId", ItemReads.text(item, TableDefinition.PK).substring(Keys.program("").length()))
                    .put("since", ItemReads.text(item, "since"))
                    .put("rule", ItemReads.text(item, "rule"))
                    .put("reason", ItemReads.text(item, "reason"))
                    .map());
        }
        return out;
    }

    private static Map<String, Object> relationship(Relationship r, String userId) {
        String role = r.format() == ProgramFormat.PEER ? "peer" : r.mentorId().equals(userId) ? "mentor" : "mentee";
        return Entries.object()
                .put("id", r.id())
                .put("programId", r.programId())
                .put("format", r.format().wire())
                .put("role", role)
                .put("status", r.status().wire())
                .put("mentorId", r.mentorId())
                .put("menteeIds", r.menteeIds())
                .put("goals", r.goals())
                .put("startedAt", r.startedAt())
                .put("endedAt", r.endedAt())
                .put("endReason", r.endReason())
                .map();
    }

    private static Map<String, Object> request(MatchRequest r, String userId, Instant now) {
        return Entries.object()
                .put("id", r.id())
                .put("programId", r.programId())
                .put("direction", r.menteeId().equals(userId) ? "made" : "received")
                .put("menteeId", r.menteeId())
                .put("mentorId", r.mentorId())
                .put("origin", r.origin().wire())
                .put("status", r.effectiveStatus(now).wire())
                .put("score", r.score())
                .put("reasons", r.reasons())
                .put("message", r.message())
                .put("createdAt", r.createdAt())
                .put("expiresAt", r.expiresAt())
                .put("respondedAt", r.respondedAt())
                .put("relationshipId", r.relationshipId())
                .map();
    }
}
