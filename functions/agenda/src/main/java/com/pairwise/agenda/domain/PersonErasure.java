package com.pairwise.agenda.domain;

import com.pairwise.agenda.store.MeetingStore;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.PersonErased;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Agenda's part of an erasure ({@link PersonErased}): in every meeting of every relationship the person was in, their
 * private note and their action items go, and so does what either side wrote for both or that may point to them
 * (shared notes, video link, place); who booked it becomes the pseudonym. Meetings still to come are cancelled
 * (MeetingCancelled, so the other party's reminders are withdrawn). Agendas and the kick-off hold both names and the
 * goals, so they are deleted: the kick-off is prepared again on the next read, an agenda on regenerate. Each meeting
 * is written only while it still holds something of the person, so a redelivered or resumed erasure repeats nothing.
 */
public final class PersonErasure {
    private static final int ATTEMPTS = 5;

    private final MeetingStore store;
    private final PairAccess access;
    private final MeetingEvents events;
    private final EventRelay relay;
    private final Clock clock;

    /** @param relay null: no event bus, cancellations are not announced */
    public PersonErasure(MeetingStore store, PairAccess access, MeetingEvents events, EventRelay relay, Clock clock) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /** What one erasure changed here (a redelivery reports zeros). */
    public record Outcome(int meetingsCancelled, int meetingsPseudonymised) {
    }

    public Outcome erase(PersonErased erasure) {
        int[] counts = new int[2];
        for (PersonErased.ErasedRelationship r : erasure.relationships()) {
            // Whoever the relationship names now (matching may have pseudonymised it already), never the person.
            List<String> participants = access.lookup(r.relationshipId()).map(found -> erasure.replace(found.participants()))
                    .orElse(List.of());
            List<Meeting> meetings = store.byRelationship(r.relationshipId());
            for (Meeting meeting : meetings) {
                erase(meeting, erasure, participants, counts);
            }
            store.forgetAgendas(r.relationshipId(), meetings.stream().map(Meeting::id).collect(Collectors.toList()));
        }
        return new Outcome(counts[0], counts[1]);
    }

    private void erase(Meeting meeting, PersonErased erasure, List<String> participants, int[] counts) {
        Meeting current = meeting;
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            boolean cancel = current.status() == MeetingStatus.SCHEDULED && current.start().isAfter(now);
            Meeting scrubbed = scrubbed(current, erasure, cancel, now);
            if (scrubbed.equals(current)) {
                return;
            }
            List<DomainEvent> announce = cancel && relay != null ? List.of(events.cancelled(scrubbed, participants, now)) : List.of();
            try {
                store.update(current, scrubbed, null, null, announce);
            } catch (ConflictException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
                current = store.get(current.id()).orElse(null);
                if (current == null) {
                    return;
                }
                continue;
            }
            if (relay != null) {
                relay.publish(announce);
            }
            counts[cancel ? 0 : 1]++;
            return;
        }
    }

    private static Meeting scrubbed(Meeting m, PersonErased erasure, boolean cancel, Instant now) {
        Map<String, String> notes = new HashMap<>(m.privateNotes());
        notes.remove(erasure.personId());
        List<ActionItem> actions = m.actionItems().stream()
                .filter(a -> !Objects.equals(a.ownerId(), erasure.personId())).collect(Collectors.toList());
        String createdBy = erasure.replace(m.createdBy());
        boolean unchanged = !cancel && notes.equals(m.privateNotes()) && actions.equals(m.actionItems()) && createdBy.equals(m.createdBy())
                && m.sharedNotes() == null && m.videoLink() == null && m.place() == null;
        if (unchanged) {
            return m;
        }
        return new Meeting(m.id(), m.relationshipId(), m.programId(), m.start(), m.durationMinutes(), null, null,
                cancel ? MeetingStatus.CANCELLED : m.status(), m.sessionKey(), null, notes, actions,
                cancel ? m.sequence() + 1 : m.sequence(), createdBy, m.createdAt(), now, m.version());
    }
}
