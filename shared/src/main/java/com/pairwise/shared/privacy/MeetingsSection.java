package com.pairwise.shared.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The agenda function's part: the meetings of every relationship the person is in (GSI1 {@code USER#id} /
 * {@code REL#} member links, then Query {@code REL#<relationshipId>} / {@code begins_with(SK, MEETING#)}), as
 * {@code GET /meetings/{id}} shows them to the person: shared notes and action items of the pair, and of the private
 * notes (one per author, in one JSON attribute) only the person's own.
 */
public final class MeetingsSection implements ExportSection {
    /** Sort key prefix of a meeting in its relationship's partition (agenda's {@code AgendaKeys.MEETING_PREFIX}). */
    static final String MEETING_PREFIX = "MEETING#";

    private final ItemReads reads;

    public MeetingsSection(PairwiseTable table) {
        this.reads = new ItemReads(table);
    }

    @Override
    public String name() {
        return "agenda";
    }

    @Override
    public Map<String, Object> read(String userId) {
        Set<String> relationshipIds = new LinkedHashSet<>();
        for (Map<String, AttributeValue> link : reads.index(TableDefinition.GSI1, Keys.user(userId), Keys.RELATIONSHIP_PREFIX)) {
            relationshipIds.add(ItemReads.text(link, "relationshipId"));
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String relationshipId : relationshipIds) {
            items.addAll(reads.partition(Keys.relationship(relationshipId), MEETING_PREFIX));
        }
        items.sort(Comparator.comparing((Map<String, AttributeValue> m) -> Instant.parse(ItemReads.text(m, "start")))
                .thenComparing(m -> ItemReads.text(m, "meetingId")));
        List<Object> meetings = new ArrayList<>();
        items.forEach(item -> meetings.add(meeting(item, userId)));
        return Entries.object().put("meetings", meetings).map();
    }

    private static Map<String, Object> meeting(Map<String, AttributeValue> item, String userId) {
        JsonNode privateNotes = json(ItemReads.text(item, "privateNotes"));
        JsonNode own = privateNotes == null ? null : privateNotes.get(userId);
        List<Object> actions = new ArrayList<>();
        JsonNode stored = json(ItemReads.text(item, "actionItems"));
        if (stored != null) {
            for (JsonNode a : stored) {
                actions.add(Entries.object()
                        .put("id", a.path("id").asText())
                        .put("text", a.path("text").asText())
                        .put("ownerId", a.path("ownerId").isTextual() ? a.get("ownerId").asText() : null)
                        .put("done", a.path("done").asBoolean())
                        .map());
            }
        }
        return Entries.object()
                .put("id", ItemReads.text(item, "meetingId"))
                .put("relationshipId", ItemReads.text(item, "relationshipId"))
                .put("programId", ItemReads.text(item, "programId"))
                .put("start", ItemReads.text(item, "start"))
                .put("durationMinutes", ItemReads.number(item, "durationMinutes"))
                .put("videoLink", ItemReads.text(item, "videoLink"))
                .put("place", ItemReads.text(item, "place"))
                .put("status", ItemReads.text(item, "status"))
                .put("sharedNotes", ItemReads.text(item, "sharedNotes"))
                .put("privateNote", own == null || own.isNull() ? null : own.asText())
                .put("actionItems", actions)
                .put("createdBy", ItemReads.text(item, "createdBy"))
                .put("createdAt", ItemReads.text(item, "createdAt"))
                .put("updatedAt", ItemReads.text(item, "updatedAt"))
                .map();
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JsonTree.read(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored meeting notes are not JSON", e);
        }
    }
}
