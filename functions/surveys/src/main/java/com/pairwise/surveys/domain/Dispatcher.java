package com.pairwise.surveys.domain;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.surveys.store.SurveyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends surveys: at once on relationship events, and through the due schedule for later and repeating ones. Every
 * step is idempotent (instance ids are derived, events are recorded once), so redelivered events and re-run
 * schedules never send a survey twice.
 */
public final class Dispatcher {
    private final ProgramSurveys surveys;
    private final ShippedTemplates templates;
    private final SurveyStore store;
    private final RegistrationStore registrations;
    private final SurveyReminders reminders;
    private final Clock clock;

    public Dispatcher(ProgramSurveys surveys, ShippedTemplates templates, SurveyStore store, RegistrationStore registrations,
                      SurveyReminders reminders, Clock clock) {
        this.surveys = surveys;
        this.templates = templates;
        this.store = store;
        this.registrations = registrations;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** @return how many surveys went out now */
    public int relationshipStarted(RelationshipFacts facts) {
        SurveySettings settings = surveys.of(facts.programId());
        List<String> seekerRegions = new ArrayList<>();
        Map<String, Map<String, Long>> counters = new HashMap<>();
        counters.put(SurveyStore.ALL, new HashMap<>(Map.of(Counters.RELATIONSHIPS_ACTIVE, 1L, Counters.MATCHED, (long) facts.menteeIds().size())));
        for (String mentee : facts.menteeIds()) {
            String region = registrations.get(facts.programId(), mentee).map(r -> r.profile().region()).orElse(null);
            seekerRegions.add(region == null ? "" : region);
            counters.computeIfAbsent(region, k -> new HashMap<>()).merge(Counters.MATCHED, 1L, Long::sum);
        }
        TrackedRelationship tracked = new TrackedRelationship(facts.programId(), facts.relationshipId(), facts.mentorId(),
                facts.menteeIds(), seekerRegions, facts.startedAt(), null, 0);
        List<DueSurvey> due = new ArrayList<>();
        List<SurveyDefinition> now = new ArrayList<>();
        for (SurveyDefinition s : settings.on(TriggerEvent.RELATIONSHIP_STARTED)) {
            if (s.trigger().afterDays() == 0) {
                now.add(s);
                if (s.trigger().repeats()) {
                    due.add(new DueSurvey(facts.programId(), facts.relationshipId(), s.id(), 2, s.trigger().dueAt(facts.startedAt(), 2)));
                }
            } else {
                due.add(new DueSurvey(facts.programId(), facts.relationshipId(), s.id(), 1, s.trigger().dueAt(facts.startedAt(), 1)));
            }
        }
        if (!store.recordStart(tracked, due, counters)
                && store.relationship(facts.programId(), facts.relationshipId()).map(r -> !r.isActive()).orElse(false)) {
            return 0; // its end arrived first: nothing to ask about a relationship that is over
        }
        int sent = 0;
        for (SurveyDefinition s : now) {
            sent += send(s, tracked, 1);
        }
        return sent;
    }

    /** @return how many surveys went out now */
    public int relationshipEnded(RelationshipFacts facts) {
        Instant endedAt = facts.endedAt() == null ? clock.instant() : facts.endedAt();
        TrackedRelationship ended = new TrackedRelationship(facts.programId(), facts.relationshipId(), facts.mentorId(),
                facts.menteeIds(), List.of(), facts.startedAt() == null ? endedAt : facts.startedAt(), endedAt, 0);
        List<SurveyDefinition> endSurveys = surveys.of(facts.programId()).on(TriggerEvent.RELATIONSHIP_ENDED);
        List<DueSurvey> due = new ArrayList<>();
        for (SurveyDefinition s : endSurveys) {
            if (s.trigger().afterDays() > 0) {
                due.add(new DueSurvey(facts.programId(), facts.relationshipId(), s.id(), 1, endedAt.plus(Duration.ofDays(s.trigger().afterDays()))));
            }
        }
        // A start arriving at the same moment makes the first attempt fail; the second sees it.
        for (int attempt = 0; attempt < 3; attempt++) {
            TrackedRelationship known = store.relationship(facts.programId(), facts.relationshipId()).orElse(null);
            if (known != null && !known.isActive()) {
                break; // recorded before: a redelivered event
            }
            if (store.recordEnd(ended, known, due, endCounters(known))) {
                break;
            }
        }
        int sent = 0;
        for (SurveyDefinition s : endSurveys) {
            if (s.trigger().afterDays() == 0) {
                sent += send(s, ended, 1);
            }
        }
        return sent;
    }

    /**
     * Counts a meeting held once and sends the surveys set to follow meetings (occurrence n: the pair's n-th meeting,
     * so a redelivered event finds its instances there). A meeting of a relationship whose start was never seen is
     * not counted: there is nobody known to ask and no relationship to count it against.
     *
     * @return how many surveys went out now
     */
    public int meetingHeld(MeetingFacts m) {
        List<SurveyDefinition> afterMeetings = surveys.of(m.programId()).on(TriggerEvent.MEETING_HELD);
        TrackedRelationship r = null;
        int ordinal = 0;
        // Another meeting of the pair, or its end, counted at the same moment makes an attempt fail; the next sees it.
        for (int attempt = 0; attempt < 3 && ordinal == 0; attempt++) {
            r = store.relationship(m.programId(), m.relationshipId()).orElse(null);
            if (r == null) {
                return 0;
            }
            OptionalInt counted = store.countedMeeting(m.programId(), m.meetingId());
            if (counted.isPresent()) {
                ordinal = counted.getAsInt(); // a redelivered event: send what may not have gone out, nothing twice
                break;
            }
            int next = r.meetingsHeld() + 1;
            List<DueSurvey> due = new ArrayList<>();
            for (SurveyDefinition s : afterMeetings) {
                if (s.trigger().afterDays() > 0 && r.isActive()) {
                    due.add(new DueSurvey(m.programId(), m.relationshipId(), s.id(), next, m.heldAt().plus(Duration.ofDays(s.trigger().afterDays()))));
                }
            }
            if (store.recordMeeting(r, m.meetingId(), m.heldAt(), due, meetingCounters(r))) {
                ordinal = next;
            }
        }
        if (ordinal == 0 || !r.isActive()) {
            return 0;
        }
        int sent = 0;
        for (SurveyDefinition s : afterMeetings) {
            if (s.trigger().afterDays() == 0) {
                sent += send(s, r, ordinal);
            }
        }
        return sent;
    }

    /** One more meeting in total; for an active relationship also in the active figures (and its first makes it "met"). */
    private static Map<String, Map<String, Long>> meetingCounters(TrackedRelationship r) {
        Map<String, Long> deltas = new HashMap<>(Map.of(Counters.MEETINGS_HELD, 1L));
        if (r.isActive()) {
            deltas.put(Counters.MEETINGS_HELD_ACTIVE, 1L);
            if (r.meetingsHeld() == 0) {
                deltas.put(Counters.MET_ACTIVE, 1L);
            }
        }
        Map<String, Map<String, Long>> counters = new HashMap<>();
        counters.put(SurveyStore.ALL, deltas);
        for (String region : r.seekerRegions()) {
            Map<String, Long> byRegion = counters.computeIfAbsent(region.isEmpty() ? null : region, k -> new HashMap<>());
            deltas.forEach((name, d) -> byRegion.merge(name, d, Long::sum));
        }
        return counters;
    }

    private static Map<String, Map<String, Long>> endCounters(TrackedRelationship known) {
        Map<String, Map<String, Long>> counters = new HashMap<>();
        Map<String, Long> all = new HashMap<>(Map.of(Counters.RELATIONSHIPS_ENDED, 1L));
        counters.put(SurveyStore.ALL, all);
        if (known != null) {
            all.put(Counters.RELATIONSHIPS_ACTIVE, -1L);
            all.put(Counters.MATCHED, -(long) known.menteeIds().size());
            Map<String, Long> meetings = new HashMap<>();
            if (known.meetingsHeld() > 0) {
                // Its meetings leave the active figures with it.
                meetings.put(Counters.MEETINGS_HELD_ACTIVE, -(long) known.meetingsHeld());
                meetings.put(Counters.MET_ACTIVE, -1L);
                all.putAll(meetings);
            }
            for (String region : known.seekerRegions()) {
                Map<String, Long> byRegion = counters.computeIfAbsent(region.isEmpty() ? null : region, k -> new HashMap<>());
                byRegion.merge(Counters.MATCHED, -1L, Long::sum);
                meetings.forEach((name, d) -> byRegion.merge(name, d, Long::sum));
            }
        }
        return counters;
    }

    /** Sends every scheduled survey that is due; run daily. @return how many surveys went out */
    public int sendDue() {
        Instant now = clock.instant();
        Map<String, SurveySettings> settingsByProgram = new HashMap<>();
        int sent = 0;
        for (DueSurvey due : store.dueBy(now)) {
            SurveySettings settings = settingsByProgram.computeIfAbsent(due.programId(), surveys::of);
            Optional<SurveyDefinition> survey = settings.survey(due.surveyId());
            Optional<TrackedRelationship> relationship = store.relationship(due.programId(), due.relationshipId());
            if (survey.isEmpty() || relationship.isEmpty()) {
                store.reschedule(due, null); // the survey was removed from the program, or the relationship is unknown
                continue;
            }
            Trigger trigger = survey.get().trigger();
            boolean wanted = trigger.on() == TriggerEvent.RELATIONSHIP_ENDED || relationship.get().isActive();
            if (wanted) {
                sent += send(survey.get(), relationship.get(), due.occurrence());
            }
            DueSurvey next = wanted && trigger.on() == TriggerEvent.RELATIONSHIP_STARTED && trigger.repeats()
                    ? new DueSurvey(due.programId(), due.relationshipId(), due.surveyId(), due.occurrence() + 1,
                    trigger.dueAt(relationship.get().startedAt(), due.occurrence() + 1))
                    : null;
            store.reschedule(due, next);
        }
        return sent;
    }

    private int send(SurveyDefinition survey, TrackedRelationship r, int occurrence) {
        SurveyTemplate template = templates.require(survey.template());
        int sent = 0;
        for (String person : r.participants()) {
            boolean isMentor = person.equals(r.mentorId());
            if (!survey.audience().includes(isMentor)) {
                continue;
            }
            Optional<Registration> registration = registrations.get(r.programId(), person);
            if (registration.isEmpty()) {
                continue; // withdrew or erased their data: nobody to ask
            }
            Profile profile = registration.get().profile();
            List<String> skills = template.asksForSkills() ? profile.skillsToDevelop() : List.of();
            if (template.asksForSkills() && skills.isEmpty()) {
                continue; // nothing to rate
            }
            String language = profile.languages().stream().filter(TemplateTexts.LANGUAGES::contains).findFirst().orElse(TemplateTexts.FALLBACK);
            SurveyInstance instance = new SurveyInstance(
                    InstanceIds.of(r.programId(), survey.id(), r.relationshipId(), person, occurrence),
                    r.programId(), survey.id(), survey.template(), r.relationshipId(), person,
                    registration.get().role().wire(), profile.region(), language, skills, survey.anonymous(), occurrence,
                    clock.instant(), null);
            List<DomainEvent> reminder = reminders.sent(instance);
            if (store.send(instance, reminder)) {
                reminders.publish(reminder);
                sent++;
            }
        }
        return sent;
    }
}
