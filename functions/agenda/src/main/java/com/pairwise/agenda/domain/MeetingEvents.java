package com.pairwise.agenda.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.JsonTree;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The events other functions (reminders) get when a meeting is booked, moved or cancelled. The detail carries the
 * participants, the start, the iCalendar sequence (newest wins) and each language's agenda item titles. MeetingHeld
 * (for surveys' counts and check-ins) says a meeting took place; {@code heldAt} is its start, when it was held.
 */
public final class MeetingEvents {
    public static final String SOURCE = "pairwise.agenda";
    public static final String SCHEDULED = "MeetingScheduled";
    public static final String CANCELLED = "MeetingCancelled";
    public static final String HELD = "MeetingHeld";

    private final IdGenerator ids;

    public MeetingEvents(IdGenerator ids) {
        this.ids = ids;
    }

    public DomainEvent scheduled(Meeting m, List<String> participants, Map<String, Agenda> agendas, Instant now) {
        ObjectNode detail = detail(m, participants);
        ObjectNode byLanguage = detail.putObject("agendas");
        agendas.forEach((language, agenda) -> {
            ArrayNode titles = byLanguage.putArray(language);
            agenda.items().forEach(item -> titles.add(item.title()));
        });
        return new DomainEvent(ids.next("evt"), SOURCE, SCHEDULED, JsonTree.write(detail), now);
    }

    public DomainEvent cancelled(Meeting m, List<String> participants, Instant now) {
        return new DomainEvent(ids.next("evt"), SOURCE, CANCELLED, JsonTree.write(detail(m, participants)), now);
    }

    public DomainEvent held(Meeting m, List<String> participants, Instant now) {
        ObjectNode o = JsonTree.object();
        o.put("meetingId", m.id());
        o.put("relationshipId", m.relationshipId());
        o.put("programId", m.programId());
        ArrayNode people = o.putArray("participants");
        participants.forEach(people::add);
        o.put("heldAt", m.start().toString());
        return new DomainEvent(ids.next("evt"), SOURCE, HELD, JsonTree.write(o), now);
    }

    private static ObjectNode detail(Meeting m, List<String> participants) {
        ObjectNode o = JsonTree.object();
        o.put("meetingId", m.id());
        o.put("relationshipId", m.relationshipId());
        o.put("programId", m.programId());
        ArrayNode people = o.putArray("participants");
        participants.forEach(people::add);
        o.put("start", m.start().toString());
        o.put("durationMinutes", m.durationMinutes());
        o.put("sequence", m.sequence());
        return o;
    }
}
