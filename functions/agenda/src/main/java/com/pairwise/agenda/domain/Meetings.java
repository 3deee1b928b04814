package com.pairwise.agenda.domain;

import com.pairwise.agenda.store.MeetingStore;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.model.Relationship;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scheduling, rescheduling, cancelling and logging a pair's meetings. */
public final class Meetings {
    /** Far beyond any real mentoring relationship; keeps one pair's history a single small Query. */
    public static final int MAX_MEETINGS = 200;
    public static final int MAX_ACTION_ITEMS = 30;

    /** A meeting to schedule. */
    public record NewMeeting(Instant start, int durationMinutes, String videoLink, String place) {
    }

    /** An action item agreed at a meeting; {@code ownerId} null means the pair together. */
    public record NewActionItem(String text, String ownerId) {
    }

    /**
     * A PATCH: null fields are left alone. {@code setsVideoLink}/{@code setsPlace} say the field was sent (null clears).
     */
    public record MeetingChange(Instant start, Integer durationMinutes, boolean setsVideoLink, String videoLink, boolean setsPlace,
                                String place, MeetingStatus status, String sharedNotes, String privateNote,
                                List<NewActionItem> actionItems, List<String> completedActionItems) {
        boolean reschedules() {
            return start != null || durationMinutes != null || setsVideoLink || setsPlace;
        }

        boolean logs() {
            return sharedNotes != null || privateNote != null || actionItems != null || completedActionItems != null;
        }
    }

    private final MeetingStore store;
    private final EventRelay relay;
    private final MeetingEvents events;
    private final PairAccess access;
    private final Participants participants;
    private final Templates templates;
    private final AgendaSource source;
    private final Clock clock;
    private final IdGenerator ids;

    public Meetings(MeetingStore store, PairAccess access, Participants participants, Templates templates, AgendaSource source,
                    Clock clock, IdGenerator ids) {
        this(store, access, participants, templates, source, clock, ids, null);
    }

    /**
     * With {@code relay}, every booking, move and cancellation also publishes MeetingScheduled / MeetingCancelled, and
     * logging a meeting as held publishes MeetingHeld.
     */
    public Meetings(MeetingStore store, PairAccess access, Participants participants, Templates templates, AgendaSource source,
                    Clock clock, IdGenerator ids, EventRelay relay) {
        this.relay = relay;
        this.events = new MeetingEvents(ids);
        this.store = store;
        this.access = access;
        this.participants = participants;
        this.templates = templates;
        this.source = source;
        this.clock = clock;
        this.ids = ids;
    }

    public Meeting schedule(Caller caller, String relationshipId, NewMeeting in) {
        Relationship r = access.participant(caller, relationshipId);
        requireActive(r);
        Instant now = clock.instant();
        requireFuture(in.start(), now);
        long scheduleVersion = store.scheduleVersion(r.id());
        List<Meeting> existing = store.byRelationship(r.id());
        if (existing.size() >= MAX_MEETINGS) {
            throw new ConflictException("too-many-meetings", "a pair can have at most " + MAX_MEETINGS + " meetings");
        }
        requireFree(existing, null, in.start(), in.start().plus(Duration.ofMinutes(in.durationMinutes())));
        List<Participant> people = participants.of(r);
        Map<String, Agenda> agendas = source.generateAll(AgendaHistory.request(templates.forProgram(r.programId()), r, existing, null,
                in.start(), in.durationMinutes(), people));
        Meeting meeting = new Meeting(ids.next("mtg"), r.id(), r.programId(), in.start(), in.durationMinutes(), in.videoLink(), in.place(),
                MeetingStatus.SCHEDULED, agendas.values().iterator().next().sessionKey(), null, Map.of(), List.of(), 0,
                caller.userId(), now, now, 1);
        List<DomainEvent> announce = relay == null ? List.of() : List.of(events.scheduled(meeting, r.participants(), agendas, now));
        store.create(meeting, agendas, scheduleVersion, announce);
        if (relay != null) {
            relay.publish(announce);
        }
        return meeting;
    }

    /** The people of a meeting's relationship, for showing times in each one's zone. */
    public List<Participant> people(String relationshipId) {
        return participants.of(access.find(relationshipId));
    }

    public List<Meeting> list(Caller caller, String relationshipId) {
        return store.byRelationship(access.visible(caller, relationshipId).id());
    }

    /** The meeting and its relationship, if the caller may see them. */
    public Meeting visible(Caller caller, String meetingId) {
        Meeting meeting = find(meetingId);
        access.visible(caller, meeting.relationshipId());
        return meeting;
    }

    public Meeting change(Caller caller, String meetingId, MeetingChange change) {
        Meeting current = find(meetingId);
        Relationship r = access.participant(caller, current.relationshipId());
        Instant now = clock.instant();
        Meeting next = current;
        Long scheduleVersion = null;
        if (change.reschedules()) {
            requireStatus(current, MeetingStatus.SCHEDULED, "only a scheduled meeting can be moved");
            requireActive(r);
            Instant start = change.start() == null ? current.start() : change.start();
            int minutes = change.durationMinutes() == null ? current.durationMinutes() : change.durationMinutes();
            if (change.start() != null) {
                requireFuture(start, now);
            }
            if (!start.equals(current.start()) || minutes != current.durationMinutes()) {
                scheduleVersion = store.scheduleVersion(r.id());
                requireFree(store.byRelationship(r.id()), current.id(), start, start.plus(Duration.ofMinutes(minutes)));
            }
            next = with(next, start, minutes, change.setsVideoLink() ? change.videoLink() : current.videoLink(),
                    change.setsPlace() ? change.place() : current.place(), next.status(), current.sequence() + 1);
        }
        if (change.status() == MeetingStatus.CANCELLED && current.status() != MeetingStatus.CANCELLED) {
            requireStatus(current, MeetingStatus.SCHEDULED, "a held meeting cannot be cancelled");
            next = with(next, next.start(), next.durationMinutes(), next.videoLink(), next.place(), MeetingStatus.CANCELLED, next.sequence() + 1);
        } else if (change.status() == MeetingStatus.HELD && current.status() != MeetingStatus.HELD) {
            requireStatus(current, MeetingStatus.SCHEDULED, "a cancelled meeting cannot be logged as held");
            if (current.start().isAfter(now)) {
                throw new ConflictException("meeting-not-started", "a meeting can be logged as held once it has started (" + current.start() + ")");
            }
            next = with(next, next.start(), next.durationMinutes(), next.videoLink(), next.place(), MeetingStatus.HELD, next.sequence());
        }
        if (change.logs()) {
            if (next.status() != MeetingStatus.HELD) {
                throw new ConflictException("meeting-not-held", "notes and action items are logged on a held meeting: send status held");
            }
            next = log(next, change, caller, r);
        }
        next = new Meeting(next.id(), next.relationshipId(), next.programId(), next.start(), next.durationMinutes(), next.videoLink(),
                next.place(), next.status(), next.sessionKey(), next.sharedNotes(), next.privateNotes(), next.actionItems(), next.sequence(),
                next.createdBy(), next.createdAt(), now, next.version());
        List<DomainEvent> announce = relay == null ? List.of() : announce(current, next, r, now);
        Meeting stored = store.update(current, next, null, scheduleVersion, announce);
        if (relay != null) {
            relay.publish(announce);
        }
        return stored;
    }

    /**
     * A cancellation or a new time is news for the reminders; the move to held is news for surveys (once: the stored
     * update is conditional on the version read, so only one request makes the move). Notes are news for nobody.
     */
    private List<DomainEvent> announce(Meeting before, Meeting after, Relationship r, Instant now) {
        if (after.status() == MeetingStatus.CANCELLED && before.status() != MeetingStatus.CANCELLED) {
            return List.of(events.cancelled(after, r.participants(), now));
        }
        if (after.status() == MeetingStatus.SCHEDULED && !after.start().equals(before.start())) {
            Map<String, Agenda> agendas = store.agendas(after.relationshipId(), after.id()).orElse(Map.of());
            return List.of(events.scheduled(after, r.participants(), agendas, now));
        }
        if (after.status() == MeetingStatus.HELD && before.status() != MeetingStatus.HELD) {
            return List.of(events.held(after, r.participants(), now));
        }
        return List.of();
    }

    private Meeting log(Meeting m, MeetingChange change, Caller caller, Relationship r) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> privateNotes = new LinkedHashMap<>(m.privateNotes());
        if (change.privateNote() != null) {
            privateNotes.put(caller.userId(), change.privateNote());
        }
        List<ActionItem> actions = new ArrayList<>(m.actionItems());
        if (change.completedActionItems() != null) {
            for (int i = 0; i < change.completedActionItems().size(); i++) {
                String id = change.completedActionItems().get(i);
                int at = indexOf(actions, id);
                if (at < 0) {
                    errors.add(new FieldError("completedActionItems[" + i + "]", "'" + id + "' is not an action item of this meeting"));
                } else {
                    actions.set(at, actions.get(at).withDone(true));
                }
            }
        }
        if (change.actionItems() != null) {
            for (int i = 0; i < change.actionItems().size(); i++) {
                NewActionItem item = change.actionItems().get(i);
                if (item.ownerId() != null && !r.involves(item.ownerId())) {
                    errors.add(new FieldError("actionItems[" + i + "].ownerId", "must be the id of someone in this relationship"));
                }
                actions.add(new ActionItem(ids.next("act"), item.text(), item.ownerId(), false));
            }
            if (actions.size() > MAX_ACTION_ITEMS) {
                errors.add(new FieldError("actionItems", "a meeting can have at most " + MAX_ACTION_ITEMS + " action items"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Meeting(m.id(), m.relationshipId(), m.programId(), m.start(), m.durationMinutes(), m.videoLink(), m.place(), m.status(),
                m.sessionKey(), change.sharedNotes() != null ? change.sharedNotes() : m.sharedNotes(), privateNotes, actions, m.sequence(),
                m.createdBy(), m.createdAt(), m.updatedAt(), m.version());
    }

    Meeting find(String meetingId) {
        if (!Identifiers.isValid(meetingId)) {
            throw new NotFoundException("no meeting " + meetingId);
        }
        return store.get(meetingId).orElseThrow(() -> new NotFoundException("no meeting " + meetingId));
    }

    private static int indexOf(List<ActionItem> actions, String id) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Meeting with(Meeting m, Instant start, int minutes, String videoLink, String place, MeetingStatus status, int sequence) {
        return new Meeting(m.id(), m.relationshipId(), m.programId(), start, minutes, videoLink, place, status, m.sessionKey(),
                m.sharedNotes(), m.privateNotes(), m.actionItems(), sequence, m.createdBy(), m.createdAt(), m.updatedAt(), m.version());
    }

    static void requireActive(Relationship r) {
        if (!r.isActive()) {
            throw new ConflictException("relationship-ended", "the relationship ended on " + r.endedAt() + "; no new meetings can be scheduled");
        }
    }

    private static void requireFuture(Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw ValidationException.of("start", "must be in the future (it is now " + now + ")");
        }
    }

    private static void requireStatus(Meeting m, MeetingStatus status, String message) {
        if (m.status() != status) {
            throw new ConflictException("meeting-" + m.status().wire(), message + "; this one is " + m.status().wire());
        }
    }

    /** No other scheduled or held meeting of the pair may share any of the time. */
    private static void requireFree(List<Meeting> meetings, String self, Instant start, Instant end) {
        for (Meeting other : meetings) {
            if (!other.id().equals(self) && other.status() != MeetingStatus.CANCELLED && other.overlaps(start, end)) {
                throw new ConflictException("meeting-overlap", "the pair already meets from " + other.start() + " to " + other.end()
                        + " (meeting " + other.id() + ")");
            }
        }
    }
}
