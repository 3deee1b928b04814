package com.pairwise.shared.privacy;

import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The matching function's part: the person's relationships (GSI1 {@code USER#id} / {@code REL#}, then the
 * relationships by key) and the match requests they made (GSI1 {@code USER#id} / {@code REQ#}) or received (GSI2
 * {@code USER#id} / {@code REQ#}). Each is shown as {@code GET /relationships/{id}} and
 * {@code GET /match-requests/{id}} show it to the person.
 */
public final class RelationshipsSection implements ExportSection {
    private final RelationshipStore relationships;
    private final MatchRequestStore requests;
    private final Clock clock;

    public RelationshipsSection(PairwiseTable table, Clock clock) {
        this.relationships = new RelationshipStore(table);
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
        return Entries.object().put("relationships", mine).put("matchRequests", asked).map();
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
