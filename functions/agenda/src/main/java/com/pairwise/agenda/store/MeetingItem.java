package com.pairwise.agenda.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.domain.ActionItem;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.domain.MeetingStatus;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.WireEnum;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A meeting as stored: PK=REL#relationship, SK=MEETING#id. Notes and action items are one JSON attribute each; they
 * are only ever read and written with the meeting.
 */
final class MeetingItem {
    private MeetingItem() {
    }

    static Map<String, AttributeValue> key(String relationshipId, String meetingId) {
        return Map.of(TableDefinition.PK, s(AgendaKeys.relationship(relationshipId)), TableDefinition.SK, s(AgendaKeys.meeting(meetingId)));
    }

    static Map<String, AttributeValue> toItem(Meeting m) {
        Map<String, AttributeValue> item = new HashMap<>(key(m.relationshipId(), m.id()));
        item.put("meetingId", s(m.id()));
        item.put("relationshipId", s(m.relationshipId()));
        item.put("programId", s(m.programId()));
        item.put("start", s(m.start().toString()));
        item.put("durationMinutes", n(m.durationMinutes()));
        put(item, "videoLink", m.videoLink());
        put(item, "place", m.place());
        item.put("status", s(m.status().wire()));
        item.put("sessionKey", s(m.sessionKey()));
        put(item, "sharedNotes", m.sharedNotes());
        if (!m.privateNotes().isEmpty()) {
            item.put("privateNotes", s(JsonTree.write(JsonTree.of(m.privateNotes()))));
        }
        if (!m.actionItems().isEmpty()) {
            ArrayNode actions = JsonTree.array();
            for (ActionItem a : m.actionItems()) {
                ObjectNode o = actions.addObject().put("id", a.id()).put("text", a.text()).put("done", a.done());
                o.put("ownerId", a.ownerId());
            }
            item.put("actionItems", s(JsonTree.write(actions)));
        }
        item.put("sequence", n(m.sequence()));
        item.put("createdBy", s(m.createdBy()));
        item.put("createdAt", s(m.createdAt().toString()));
        item.put("updatedAt", s(m.updatedAt().toString()));
        item.put("version", AttributeValue.fromN(Long.toString(m.version())));
        return item;
    }

    static Meeting fromItem(Map<String, AttributeValue> item) {
        Map<String, String> privateNotes = new LinkedHashMap<>();
        List<ActionItem> actions = new ArrayList<>();
        try {
            if (item.containsKey("privateNotes")) {
                JsonTree.read(item.get("privateNotes").s()).fields()
                        .forEachRemaining(e -> privateNotes.put(e.getKey(), e.getValue().asText()));
            }
            if (item.containsKey("actionItems")) {
                for (JsonNode a : JsonTree.read(item.get("actionItems").s())) {
                    actions.add(new ActionItem(a.path("id").asText(), a.path("text").asText(),
                            a.path("ownerId").isTextual() ? a.path("ownerId").asText() : null, a.path("done").asBoolean()));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored meeting notes are not JSON", e);
        }
        return new Meeting(text(item, "meetingId"), text(item, "relationshipId"), text(item, "programId"),
                Instant.parse(text(item, "start")), Integer.parseInt(item.get("durationMinutes").n()), text(item, "videoLink"),
                text(item, "place"), WireEnum.parse(MeetingStatus.class, text(item, "status")).orElseThrow(),
                text(item, "sessionKey"), text(item, "sharedNotes"), privateNotes, actions,
                Integer.parseInt(item.get("sequence").n()), text(item, "createdBy"), Instant.parse(text(item, "createdAt")),
                Instant.parse(text(item, "updatedAt")), Long.parseLong(item.get("version").n()));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }
}
