package com.pairwise.surveys.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.surveys.domain.Dispatcher;
import com.pairwise.surveys.domain.MeetingFacts;
import com.pairwise.surveys.domain.PersonErasure;
import com.pairwise.surveys.domain.RelationshipFacts;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * EventBridge events the function takes: matching's relationship events, agenda's MeetingHeld and the daily schedule. An event it cannot
 * read is logged and dropped (retrying would not make it readable); a store failure propagates so Lambda retries.
 */
public final class SurveyEvents {
    public static final String MATCHING = "pairwise.matching";
    public static final String STARTED = "RelationshipStarted";
    public static final String ENDED = "RelationshipEnded";
    public static final String AGENDA = "pairwise.agenda";
    public static final String MEETING_HELD = "MeetingHeld";
    public static final String SCHEDULER = "aws.events";
    public static final String SCHEDULED = "Scheduled Event";

    private final Dispatcher dispatcher;
    private final PersonErasure erasure;
    private final PrintStream log;

    public SurveyEvents(Dispatcher dispatcher, PersonErasure erasure, PrintStream log) {
        this.dispatcher = dispatcher;
        this.erasure = erasure;
        this.log = log;
    }

    /** @return false when the event is not one of ours (then it is treated as an HTTP request) */
    public boolean handle(JsonNode event) {
        String source = event.path("source").asText("");
        String type = event.path("detail-type").asText("");
        if (PersonErased.matches(event)) {
            personErased(event);
            return true;
        }
        if (source.equals(SCHEDULER) && type.equals(SCHEDULED)) {
            int sent = dispatcher.sendDue();
            log.println("{\"function\":\"surveys\",\"event\":\"schedule\",\"sent\":" + sent + "}");
            return true;
        }
        if (source.equals(AGENDA) && type.equals(MEETING_HELD)) {
            MeetingFacts meeting;
            try {
                meeting = meeting(event.path("detail"));
            } catch (IllegalArgumentException | DateTimeParseException unreadable) {
                dropped(event, type);
                return true;
            }
            int sent = dispatcher.meetingHeld(meeting);
            log.println("{\"function\":\"surveys\",\"event\":\"" + type + "\",\"sent\":" + sent + "}");
            return true;
        }
        if (!source.equals(MATCHING) || !(type.equals(STARTED) || type.equals(ENDED))) {
            return false;
        }
        RelationshipFacts facts;
        try {
            facts = facts(event.path("detail"), type.equals(ENDED));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            dropped(event, type);
            return true;
        }
        int sent = type.equals(STARTED) ? dispatcher.relationshipStarted(facts) : dispatcher.relationshipEnded(facts);
        log.println("{\"function\":\"surveys\",\"event\":\"" + type + "\",\"sent\":" + sent + "}");
        return true;
    }

    /** Logs the erasure id and counts, never the person's id. */
    private void personErased(JsonNode event) {
        PersonErased.from(event).ifPresentOrElse(e -> {
            PersonErasure.Outcome o = erasure.erase(e);
            log.println("{\"function\":\"surveys\",\"event\":\"PersonErased\",\"erasureId\":\"" + e.erasureId()
                    + "\",\"instancesDeleted\":" + o.instancesDeleted() + ",\"relationshipsPseudonymised\":" + o.relationshipsPseudonymised() + "}");
        }, () -> dropped(event, PersonErased.TYPE));
    }

    private void dropped(JsonNode event, String type) {
        log.println("{\"function\":\"surveys\",\"event\":\"" + type + "\",\"dropped\":\"unreadable detail\",\"id\":\""
                + event.path("id").asText("").replaceAll("[^A-Za-z0-9-]", "") + "\"}");
    }

    static MeetingFacts meeting(JsonNode detail) {
        Instant heldAt = instant(detail, "heldAt");
        if (heldAt == null) {
            throw new IllegalArgumentException("heldAt");
        }
        return new MeetingFacts(id(detail, "meetingId"), id(detail, "relationshipId"), id(detail, "programId"), heldAt);
    }

    static RelationshipFacts facts(JsonNode detail, boolean ended) {
        String relationshipId = id(detail, "relationshipId");
        String programId = id(detail, "programId");
        String mentorId = id(detail, "mentorId");
        List<String> mentees = new ArrayList<>();
        for (JsonNode m : detail.path("menteeIds")) {
            if (!Identifiers.isValid(m.asText(null))) {
                throw new IllegalArgumentException("menteeIds");
            }
            mentees.add(m.asText());
        }
        Instant startedAt = instant(detail, "startedAt");
        Instant endedAt = instant(detail, "endedAt");
        if (startedAt == null && !ended) {
            throw new IllegalArgumentException("startedAt");
        }
        return new RelationshipFacts(relationshipId, programId, mentorId, mentees, startedAt, endedAt);
    }

    private static String id(JsonNode detail, String name) {
        String value = detail.path(name).asText(null);
        if (!Identifiers.isValid(value)) {
            throw new IllegalArgumentException(name);
        }
        return value;
    }

    private static Instant instant(JsonNode detail, String name) {
        JsonNode v = detail.get(name);
        return v == null || v.isNull() ? null : Instant.parse(v.asText());
    }
}
