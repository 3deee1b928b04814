package com.pairwise.agenda.domain;

import com.pairwise.agenda.ics.InviteWriter;
import com.pairwise.agenda.store.MeetingStore;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.Relationship;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Meeting agendas in each reader's language, regeneration, invites, and a new pair's kick-off. */
public final class Agendas {
    /** What an agenda read returns: the agenda and the languages it is also available in. */
    public record Localised<T>(T value, String language, Set<String> languages) {
    }

    private final MeetingStore store;
    private final Meetings meetings;
    private final PairAccess access;
    private final Participants participants;
    private final Templates templates;
    private final AgendaSource source;
    private final KickoffPlanner kickoffs;
    private final ContentLibrary content;
    private final Clock clock;

    public Agendas(MeetingStore store, Meetings meetings, PairAccess access, Participants participants, Templates templates,
                   AgendaSource source, ContentLibrary content, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.access = access;
        this.participants = participants;
        this.templates = templates;
        this.source = source;
        this.kickoffs = new KickoffPlanner(source, content);
        this.content = content;
        this.clock = clock;
    }

    /** @param language asked for explicitly (query), or null for the reader's preferred language */
    public Localised<Agenda> agenda(Caller caller, String meetingId, String language) {
        Meeting meeting = meetings.visible(caller, meetingId);
        Map<String, Agenda> agendas = store.agendas(meeting.relationshipId(), meeting.id())
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId + " has no agenda"));
        Relationship r = access.find(meeting.relationshipId());
        String lang = choose(agendas.keySet(), language, preferred(caller, participants.of(r)));
        return new Localised<>(agendas.get(lang), lang, agendas.keySet());
    }

    /** Writes the agenda again from the pair's current history, goals, action items and the program's template. */
    public Localised<Agenda> regenerate(Caller caller, String meetingId, String language) {
        Meeting meeting = meetings.find(meetingId);
        Relationship r = access.participant(caller, meeting.relationshipId());
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw new ConflictException("meeting-" + meeting.status().wire(), "only a scheduled meeting's agenda can be regenerated");
        }
        List<Participant> people = participants.of(r);
        Map<String, Agenda> agendas = source.generateAll(AgendaHistory.request(templates.forProgram(r.programId()), r,
                store.byRelationship(r.id()), meeting.id(), meeting.start(), meeting.durationMinutes(), people));
        String sessionKey = agendas.values().iterator().next().sessionKey();
        Meeting next = new Meeting(meeting.id(), meeting.relationshipId(), meeting.programId(), meeting.start(), meeting.durationMinutes(),
                meeting.videoLink(), meeting.place(), meeting.status(), sessionKey, meeting.sharedNotes(), meeting.privateNotes(),
                meeting.actionItems(), meeting.sequence() + 1, meeting.createdBy(), meeting.createdAt(), clock.instant(), meeting.version());
        store.update(meeting, next, agendas, null);
        String lang = choose(agendas.keySet(), language, preferred(caller, people));
        return new Localised<>(agendas.get(lang), lang, agendas.keySet());
    }

    /** The meeting as an iCalendar invite, in the reader's language and time zone. */
    public String invite(Caller caller, String meetingId) {
        Localised<Agenda> agenda = agenda(caller, meetingId, null);
        Meeting meeting = meetings.find(meetingId);
        List<Participant> people = participants.of(access.find(meeting.relationshipId()));
        ZoneId zone = people.stream().filter(p -> p.userId().equals(caller.userId())).findFirst().map(Participant::zone).orElse(ZoneOffset.UTC);
        return InviteWriter.write(meeting, agenda.value(), people, zone, content.phrasesIn(agenda.language()), "pairwise");
    }

    /** The kick-off prepared when the relationship started, in the reader's language. */
    public Localised<Kickoff> kickoff(Caller caller, String relationshipId, String language) {
        Relationship r = access.visible(caller, relationshipId);
        Kickoff kickoff = store.kickoff(r.id()).orElseGet(() -> prepare(r));
        String lang = choose(kickoff.agendas().keySet(), language, preferred(caller, participants.of(r)));
        return new Localised<>(kickoff, lang, kickoff.agendas().keySet());
    }

    /**
     * Prepares a new pair's kick-off (RelationshipStarted). Safe to run twice: the second delivery finds it there.
     *
     * @return false when the relationship is unknown or the kick-off was there already
     */
    public boolean relationshipStarted(String relationshipId) {
        Optional<Relationship> r = access.lookup(relationshipId);
        if (r.isEmpty() || store.kickoff(relationshipId).isPresent()) {
            return false;
        }
        prepare(r.get());
        return true;
    }

    private Kickoff prepare(Relationship r) {
        List<Participant> people = participants.of(r);
        Kickoff kickoff = kickoffs.plan(r.id(), AgendaHistory.request(templates.forProgram(r.programId()), r, List.of(), null,
                r.startedAt(), KickoffPlanner.FIRST_MEETING_MINUTES, people));
        store.putKickoffIfAbsent(kickoff);
        return store.kickoff(r.id()).orElse(kickoff);
    }

    private static List<String> preferred(Caller caller, List<Participant> people) {
        return people.stream().filter(p -> p.userId().equals(caller.userId())).findFirst().map(Participant::languages).orElse(List.of());
    }

    /** The asked-for language, else the reader's first profile language we have, else English, else the first. */
    static String choose(Set<String> available, String asked, List<String> preferred) {
        if (asked != null) {
            if (!available.contains(asked)) {
                throw ValidationException.of("language", "must be one of " + new java.util.TreeSet<>(available));
            }
            return asked;
        }
        for (String lang : preferred) {
            if (available.contains(lang)) {
                return lang;
            }
        }
        return available.contains("en") ? "en" : available.iterator().next();
    }
}
