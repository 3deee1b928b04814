package com.pairwise.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.reminders.domain.Reminder;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.reminders.domain.ReminderPlanner;
import com.pairwise.reminders.store.FeedMentions;
import com.pairwise.reminders.store.PersonalItems;
import com.pairwise.reminders.store.ReminderMentions;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.model.WireEnum;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the EventBridge events the function subscribes to and hands them to the planner. An event missing what it
 * needs is ignored (and reported as not handled) rather than failing the delivery forever.
 */
final class ReminderEvents {
    static final String MATCHING = "pairwise.matching";
    static final String AGENDA = "pairwise.agenda";
    static final String RELATIONSHIP_STARTED = "RelationshipStarted";
    static final String RELATIONSHIP_ENDED = "RelationshipEnded";
    /** Expected from matching when a match request is made (not published by the matching branch yet). */
    static final String MATCH_REQUESTED = "MatchRequested";
    static final String MEETING_SCHEDULED = "MeetingScheduled";
    static final String MEETING_CANCELLED = "MeetingCancelled";
    /** Extension point: any Pairwise function (surveys, signup, matching) may ask for a reminder with this event. */
    static final String REMINDER_REQUESTED = "ReminderRequested";
    /** Withdraws what a ReminderRequested asked for (the registration was completed, the survey answered). */
    static final String REMINDER_WITHDRAWN = "ReminderWithdrawn";

    private final ReminderPlanner planner;
    private final Clock clock;
    private final PersonalItems personal;
    private final FeedMentions mentions;
    private final ReminderMentions reminderMentions;
    private final PrintStream log;

    ReminderEvents(ReminderPlanner planner, Clock clock, PersonalItems personal, FeedMentions mentions,
                   ReminderMentions reminderMentions, PrintStream log) {
        this.planner = planner;
        this.clock = clock;
        this.personal = personal;
        this.mentions = mentions;
        this.reminderMentions = reminderMentions;
        this.log = log;
    }

    static boolean isSchedule(JsonNode event) {
        return "aws.events".equals(event.path("source").asText()) && "Scheduled Event".equals(event.path("detail-type").asText());
    }

    boolean handle(JsonNode event) {
        String source = event.path("source").asText();
        String type = event.path("detail-type").asText();
        JsonNode d = event.path("detail");
        if (PersonErased.matches(event)) {
            personErased(event);
            return true;
        }
        try {
            if (MATCHING.equals(source) && RELATIONSHIP_STARTED.equals(type)) {
                planner.relationshipStarted(text(d, "relationshipId"), text(d, "programId"), participants(d), instant(d, "startedAt"));
                return true;
            }
            if (MATCHING.equals(source) && RELATIONSHIP_ENDED.equals(type)) {
                planner.relationshipEnded(text(d, "relationshipId"), participants(d));
                return true;
            }
            if (MATCHING.equals(source) && MATCH_REQUESTED.equals(type)) {
                planner.matchRequested(text(d, "requestId"), text(d, "programId"), text(d, "menteeId"), text(d, "mentorId"),
                        instant(d, "createdAt"), instant(d, "expiresAt"));
                return true;
            }
            if (AGENDA.equals(source) && MEETING_SCHEDULED.equals(type)) {
                planner.meetingScheduled(text(d, "meetingId"), text(d, "relationshipId"), text(d, "programId"), texts(d, "participants"),
                        instant(d, "start"), d.path("sequence").asLong(0), agendas(d), clock.instant());
                return true;
            }
            if (AGENDA.equals(source) && MEETING_CANCELLED.equals(type)) {
                planner.meetingCancelled(text(d, "meetingId"), text(d, "programId"), texts(d, "participants"), d.path("sequence").asLong(0));
                return true;
            }
            if (source.startsWith("pairwise.") && REMINDER_REQUESTED.equals(type)) {
                planner.requested(requested(d));
                return true;
            }
            if (source.startsWith("pairwise.") && REMINDER_WITHDRAWN.equals(type)) {
                planner.withdrawn(text(d, "recipientId"), kind(d), text(d, "subject"), d.path("revision").asLong(0));
                return true;
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return false;
        }
        return false;
    }

    private static ReminderKind kind(JsonNode d) {
        return WireEnum.parse(ReminderKind.class, text(d, "kind")).orElseThrow(() -> new IllegalArgumentException("unknown kind"));
    }

    /**
     * Rewrites the entries other people's feeds hold about the person and the facts of their reminders naming them, then deletes the person's reminders, feed and
     * preferences (in that order: their own items tell whose feeds to visit, and a retry after a crash in the deletes
     * has the rewrites done already). What others were still to get about them goes with what it is about: their
     * relationships' RelationshipEnded and their meetings' MeetingCancelled withdraw the other party's reminders,
     * and a request's reminders are not sent once it is no longer pending. Logs the erasure id, never the person's.
     */
    private void personErased(JsonNode event) {
        PersonErased.from(event).ifPresentOrElse(e -> {
                    int rewritten = 0;
                    int remindersRewritten = 0;
                    for (String reader : mentions.readers(e, personal.partners(e.personId()))) {
                        rewritten += mentions.rewrite(reader, e.personId());
                        remindersRewritten += reminderMentions.rewrite(reader, e);
                    }
                    log.println("{\"function\":\"reminders\",\"event\":\"PersonErased\",\"erasureId\":\"" + e.erasureId()
                            + "\",\"feedEntriesRewritten\":" + rewritten + ",\"remindersRewritten\":" + remindersRewritten + ",\"itemsDeleted\":" + personal.erase(e.personId()) + "}");
                },
                () -> log.println("{\"function\":\"reminders\",\"event\":\"PersonErased\",\"dropped\":\"unreadable detail\"}"));
    }

    private static Reminder requested(JsonNode d) {
        ReminderKind kind = kind(d);
        Map<String, String> facts = new HashMap<>();
        d.path("facts").fields().forEachRemaining(e -> facts.put(e.getKey(), e.getValue().asText()));
        Instant expires = d.hasNonNull("expiresAt") ? instant(d, "expiresAt") : null;
        return new Reminder(text(d, "recipientId"), text(d, "subject"), kind, text(d, "programId"), instant(d, "dueAt"),
                d.path("revision").asLong(0), facts, expires, 0);
    }

    /** "agendas": {"en": [titles], ...} as the agenda function sends it; a plain "agenda" list counts for every language. */
    private static Map<String, List<String>> agendas(JsonNode d) {
        Map<String, List<String>> out = new HashMap<>();
        d.path("agendas").fields().forEachRemaining(e -> out.put(e.getKey(), texts(d.path("agendas"), e.getKey())));
        if (d.has("agenda")) {
            out.put("", texts(d, "agenda"));
        }
        return out;
    }

    private static List<String> participants(JsonNode d) {
        List<String> out = new ArrayList<>();
        out.add(text(d, "mentorId"));
        out.addAll(texts(d, "menteeIds"));
        return out;
    }

    private static String text(JsonNode d, String name) {
        String v = d.path(name).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException(name + " missing");
        }
        return v;
    }

    private static List<String> texts(JsonNode d, String name) {
        List<String> out = new ArrayList<>();
        d.path(name).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Instant instant(JsonNode d, String name) {
        return Instant.parse(text(d, name));
    }
}
