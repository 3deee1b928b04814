package com.pairwise.agenda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.domain.ActionItem;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.domain.MeetingStatus;
import com.pairwise.agenda.domain.Meetings.MeetingChange;
import com.pairwise.agenda.domain.Meetings.NewActionItem;
import com.pairwise.agenda.domain.Meetings.NewMeeting;
import com.pairwise.agenda.domain.Participant;
import com.pairwise.agenda.template.TemplateRules;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Meetings to and from JSON. */
final class MeetingJson {
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 480;
    static final int DEFAULT_MINUTES = 60;
    private static final int MAX_NOTES = 10_000;
    private static final Set<String> NEW_FIELDS = Set.of("start", "durationMinutes", "videoLink", "place");
    private static final Set<String> CHANGE_FIELDS = Set.of("start", "durationMinutes", "videoLink", "place", "status",
            "sharedNotes", "privateNote", "actionItems", "completedActionItems");

    private MeetingJson() {
    }

    static NewMeeting readNew(ObjectNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(NEW_FIELDS);
        var start = f.instant("start");
        f.require("start", start);
        Integer minutes = f.integer("durationMinutes", MIN_MINUTES, MAX_MINUTES);
        String videoLink = videoLink(f);
        String place = f.text("place", 200);
        f.throwIfInvalid();
        return new NewMeeting(start, minutes == null ? DEFAULT_MINUTES : minutes, videoLink, place);
    }

    static MeetingChange readChange(ObjectNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(CHANGE_FIELDS);
        if (body.isEmpty()) {
            throw ValidationException.of("body", "must change something: send start, durationMinutes, videoLink, place, status or notes");
        }
        var start = f.instant("start");
        Integer minutes = f.integer("durationMinutes", MIN_MINUTES, MAX_MINUTES);
        String videoLink = videoLink(f);
        String place = f.text("place", 200);
        MeetingStatus status = f.enumValue("status", MeetingStatus.class);
        if (status == MeetingStatus.SCHEDULED) {
            f.error("status", "can be set to held or cancelled; to move a meeting send a new start");
        }
        String sharedNotes = f.text("sharedNotes", MAX_NOTES);
        String privateNote = f.text("privateNote", MAX_NOTES);
        List<NewActionItem> actions = null;
        List<Fields> items = f.objects("actionItems", 30);
        if (items != null) {
            actions = new ArrayList<>();
            for (Fields item : items) {
                item.rejectUnknown(Set.of("text", "ownerId"));
                String text = item.text("text", 500);
                item.require("text", text);
                actions.add(new NewActionItem(text, item.text("ownerId", 128)));
            }
        }
        List<String> completed = f.texts("completedActionItems", 30, 128);
        for (String name : List.of("start", "durationMinutes", "status")) {
            if (f.isNull(name)) {
                f.error(name, "cannot be cleared");
            }
        }
        f.throwIfInvalid();
        return new MeetingChange(start, minutes, f.has("videoLink"), videoLink, f.has("place"), place, status, sharedNotes, privateNote,
                actions, completed);
    }

    private static String videoLink(Fields f) {
        String link = f.text("videoLink", 2000);
        if (link != null && !TemplateRules.isWebLink(link)) {
            f.error("videoLink", "must be an absolute http or https URL");
            return null;
        }
        return link;
    }

    /**
     * @param callerId whose private note to include
     * @param inPair   notes and action items are shown to the pair only, not to coordinators
     */
    static ObjectNode write(Meeting m, List<Participant> people, String callerId, boolean inPair) {
        ObjectNode o = JsonTree.object();
        o.put("id", m.id());
        o.put("relationshipId", m.relationshipId());
        o.put("programId", m.programId());
        o.put("start", m.start().toString());
        o.put("end", m.end().toString());
        o.put("durationMinutes", m.durationMinutes());
        o.put("videoLink", m.videoLink());
        o.put("place", m.place());
        o.put("status", m.status().wire());
        o.put("sessionKey", m.sessionKey());
        ArrayNode local = o.putArray("localTimes");
        for (Participant p : people) {
            local.addObject().put("userId", p.userId()).put("timeZone", p.zone().getId())
                    .put("start", m.start().atZone(p.zone()).toOffsetDateTime().toString())
                    .put("end", m.end().atZone(p.zone()).toOffsetDateTime().toString());
        }
        if (inPair) {
            o.put("sharedNotes", m.sharedNotes());
            o.put("privateNote", m.privateNotes().get(callerId));
            ArrayNode actions = o.putArray("actionItems");
            for (ActionItem a : m.actionItems()) {
                actions.addObject().put("id", a.id()).put("text", a.text()).put("ownerId", a.ownerId()).put("done", a.done());
            }
        }
        o.put("sequence", m.sequence());
        o.put("createdBy", m.createdBy());
        o.put("createdAt", m.createdAt().toString());
        o.put("updatedAt", m.updatedAt().toString());
        return o;
    }
}
