package com.pairwise.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.AgendaHarness.Response;
import com.pairwise.agenda.AgendaHarness;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.testing.HttpApiRequests;
import com.pairwise.testing.LogLines;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the agenda function writes to its log over a pair's whole life (kick-off, template, meetings booked, moved,
 * cancelled and held with notes, invite, erasure): one JSON line per request with the function and a correlation id,
 * one per bus event, and never a name, e-mail or anything people typed. The agenda function has no business metric.
 */
class LogPrivacyTest {
    private static final String MENTOR_ID = "u-7c1e9a";
    private static final String MENTEE_ID = "u-4b2d8f";
    private static final String COORDINATOR_ID = "u-c00rd1";
    private static final String MENTOR_NAME = "Ximena Valderrama-Okonkwo";
    private static final String MENTEE_NAME = "Thaddeus Brightwater";
    private static final String MENTOR_EMAIL = "ximena.valderrama@example.org";
    private static final String MENTEE_EMAIL = "thaddeus.brightwater@example.net";
    private static final String COORDINATOR_EMAIL = "coordinator.quillfeather@example.com";
    private static final String PROFILE_GOALS = "Present the Reykjavik launch without notes";
    private static final String PAIR_GOAL = "Pitch the Reykjavik launch to the board";
    private static final String SESSION_TITLE = "Lighthouse Keepers Kick-off";
    private static final String PLACE = "Marigold Conservatory, 7th floor";
    private static final String MOVED_PLACE = "Cafe Hygge, Vesterbrogade 12";
    private static final String CANCELLED_PLACE = "Aquarium Tunnel B";
    private static final String VIDEO_LINK = "https://meet.example.com/ximena-thaddeus-weekly";
    private static final String SHARED_NOTES = "Thaddeus rehearsed the Reykjavik pitch twice.";
    private static final String PRIVATE_NOTE = "Worried about the CFO's questions.";
    private static final String MENTOR_NOTE = "Ready for the Saturnine stage.";
    private static final String ACTION = "Book the Halvorsen auditorium for a dry run";

    private final AtomicInteger requests = new AtomicInteger();

    private static Map<String, Object> template() {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("key", "lighthouse-kickoff");
        session.put("afterMeetings", 0);
        session.put("afterWeeks", 0);
        session.put("title", SESSION_TITLE);
        session.put("purpose", "Chart the course for the harbour pilot exam.");
        session.put("prompts", List.of("What does {mentee} want from {mentor} in these {minutes} minutes, towards {goals}?"));
        session.put("mentorPreparation", List.of("Reread the foghorn memo."));
        session.put("menteePreparation", List.of("Sketch the tidal chart."));
        session.put("resources", List.of(Map.of("title", "Foghorn Field Guide", "url", "https://example.org/foghorn-field-guide")));
        return Map.of("language", "en", "sessions", List.of(session));
    }

    /** Everything above, and the parts of it someone grepping a log would find. */
    private static final List<String> PERSONAL = List.of(MENTOR_NAME, "Ximena", "Valderrama", "Okonkwo", MENTEE_NAME, "Thaddeus",
            "Brightwater", MENTOR_EMAIL, MENTEE_EMAIL, COORDINATOR_EMAIL, "ximena.valderrama", "thaddeus.brightwater", "quillfeather",
            "Orbital Logistics", PROFILE_GOALS, PAIR_GOAL, "Reykjavik", SESSION_TITLE, "Lighthouse", "harbour pilot", "foghorn", "Foghorn",
            "tidal chart", PLACE, "Marigold", MOVED_PLACE, "Hygge", "Vesterbrogade", CANCELLED_PLACE, "Aquarium", VIDEO_LINK,
            "ximena-thaddeus", "meet.example.com", SHARED_NOTES, "rehearsed", PRIVATE_NOTE, "CFO", MENTOR_NOTE, "Saturnine", ACTION,
            "Halvorsen", "+44 7700 900123", MENTEE_ID);

    private final List<String> published = new ArrayList<>();
    private final AgendaHarness api = new AgendaHarness((source, type, detail) -> published.add(type));
    private final String programId = api.program(ProgramFormat.ONE_TO_ONE, COORDINATOR_ID);
    private final Relationship pair;

    LogPrivacyTest() {
        register(MENTOR_ID, Role.MENTOR, MENTOR_NAME, MENTOR_EMAIL, "Coach a first-time speaker", List.of());
        register(MENTEE_ID, Role.MENTEE, MENTEE_NAME, MENTEE_EMAIL, PROFILE_GOALS, List.of("public speaking"));
        pair = api.relationship(programId, ProgramFormat.ONE_TO_ONE, MENTOR_ID, List.of(MENTEE_ID), List.of(PAIR_GOAL));
    }

    private void register(String userId, Role role, String name, String email, String goals, List<String> skills) {
        Profile profile = new Profile(name, email, List.of("en"), "Europe/Copenhagen", "DK", null, "Orbital Logistics", null, List.of(),
                skills, goals, List.of(), role == Role.MENTOR ? 2 : null);
        new RegistrationStore(api.table).register(new Registration(programId, userId, role, RegistrationStatus.REGISTERED, profile,
                api.clock.instant(), api.clock.instant(), 1), new ProgramStore(api.table).get(programId).orElseThrow());
    }

    /** A request as the authorizer passes it on, with the caller's real e-mail claim and, if given, a correlation header. */
    private Response call(String userId, String email, String routeKey, Map<String, String> path, Object body, String correlationId) {
        ObjectNode event = AgendaHarness.sampleEvent("list-meetings.json", Map.of());
        HttpApiRequests.fill(event, routeKey, path, Map.of(), new HttpApiRequests.Claims(userId, email, List.of()), body);
        if (correlationId != null) {
            ((ObjectNode) event.get("headers")).put("x-correlation-id", correlationId);
        }
        requests.incrementAndGet();
        return api.invoke(event);
    }

    private Response mentor(String routeKey, Map<String, String> path, Object body) {
        return call(MENTOR_ID, MENTOR_EMAIL, routeKey, path, body, null);
    }

    private Response mentee(String routeKey, Map<String, String> path, Object body) {
        return call(MENTEE_ID, MENTEE_EMAIL, routeKey, path, body, null);
    }

    private static Map<String, String> meeting(String id) {
        return Map.of("meetingId", id);
    }

    private List<JsonNode> logLines() {
        return LogLines.parse(api.log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPairsWholeLifeLogsNoNamesEmailsOrFreeText() {
        ObjectNode started = AgendaHarness.sampleEvent("relationship-started.json", Map.of("RELATIONSHIP_ID", pair.id(), "PROGRAM_ID", programId));
        ((ObjectNode) started.get("detail")).put("mentorId", MENTOR_ID).put("startedBy", MENTOR_ID)
                .set("goals", Json.MAPPER.valueToTree(List.of(PAIR_GOAL)));
        ((ObjectNode) started.get("detail")).set("menteeIds", Json.MAPPER.valueToTree(List.of(MENTEE_ID)));
        api.invoke(started);
        Map<String, String> relationship = Map.of("relationshipId", pair.id());
        Response kickoff = mentee("GET /relationships/{relationshipId}/kickoff", relationship, null);
        assertEquals(200, kickoff.status(), kickoff.toString());

        Response template = call(COORDINATOR_ID, COORDINATOR_EMAIL, "PUT /programs/{programId}/agenda-template",
                Map.of("programId", programId), template(), null);
        assertEquals(200, template.status(), template.toString());

        Response booked = mentor("POST /relationships/{relationshipId}/meetings", relationship,
                Map.of("start", "2026-11-24T09:00:00Z", "durationMinutes", 45, "place", PLACE, "videoLink", VIDEO_LINK));
        assertEquals(201, booked.status(), booked.toString());
        String held = booked.body().get("id").asText();
        Response agenda = mentee("GET /meetings/{meetingId}/agenda", meeting(held), null);
        assertEquals(SESSION_TITLE, agenda.body().get("title").asText(), agenda.toString());
        assertTrue(agenda.text().contains(MENTEE_NAME) && agenda.text().contains(MENTOR_NAME) && agenda.text().contains(PAIR_GOAL), agenda.text());

        assertEquals(200, mentee("PATCH /meetings/{meetingId}", meeting(held), Map.of("start", "2026-11-24T10:00:00Z", "place", MOVED_PLACE)).status());
        assertEquals(400, mentee("PATCH /meetings/{meetingId}", meeting(held), Map.of("videoLink", "ring Ximena on +44 7700 900123")).status());
        Response invite = call(MENTEE_ID, MENTEE_EMAIL, "GET /meetings/{meetingId}/invite.ics", meeting(held), null, "web-4711");
        assertEquals(200, invite.status(), invite.toString());
        assertTrue(invite.text().contains("Hygge") && invite.text().contains("Lighthouse"), invite.text());
        assertEquals(200, mentor("POST /meetings/{meetingId}/agenda/regenerate", meeting(held), null).status());

        Response other = call(MENTOR_ID, MENTOR_EMAIL, "POST /relationships/{relationshipId}/meetings", relationship,
                Map.of("start", "2026-12-08T09:00:00Z", "place", CANCELLED_PLACE), MENTOR_EMAIL);
        assertEquals(201, other.status(), other.toString());
        assertEquals(200, mentor("PATCH /meetings/{meetingId}", meeting(other.body().get("id").asText()), Map.of("status", "cancelled")).status());

        api.clock.advance(Duration.ofDays(2));
        Response logged = mentee("PATCH /meetings/{meetingId}", meeting(held), Map.of("status", "held", "sharedNotes", SHARED_NOTES,
                "privateNote", PRIVATE_NOTE, "actionItems", List.of(Map.of("text", ACTION, "ownerId", MENTEE_ID))));
        assertEquals(200, logged.status(), logged.toString());
        String action = logged.body().get("actionItems").get(0).get("id").asText();
        assertEquals(200, mentor("PATCH /meetings/{meetingId}", meeting(held), Map.of("privateNote", MENTOR_NOTE, "completedActionItems", List.of(action))).status());
        assertEquals(200, mentor("GET /relationships/{relationshipId}/meetings", relationship, null).status());
        assertEquals(200, mentee("GET /meetings/{meetingId}", meeting(held), null).status());
        assertEquals(403, call("u-outsider", "nosy.parker@example.com", "GET /meetings/{meetingId}", meeting(held), null, null).status());
        assertEquals(List.of("MeetingScheduled", "MeetingScheduled", "MeetingScheduled", "MeetingCancelled", "MeetingHeld"), published);

        api.invoke(AgendaHarness.sampleEvent("person-erased.json", Map.of("PERSON_ID", MENTEE_ID, "PROGRAM_ID", programId, "RELATIONSHIP_ID", pair.id())));

        String log = api.log.toString(StandardCharsets.UTF_8);
        for (String personal : PERSONAL) {
            assertFalse(log.contains(personal), () -> "'" + personal + "' in log:\n" + log);
        }
        assertFalse(log.contains("nosy.parker"), log);

        List<JsonNode> lines = logLines();
        List<JsonNode> requestLines = lines.stream().filter(l -> l.has("route")).toList();
        assertEquals(requests.get(), requestLines.size(), log);
        requestLines.forEach(l -> {
            assertEquals("agenda", l.path("function").asText(), l.toString());
            assertTrue(l.path("status").isInt(), l.toString());
            String correlationId = l.path("correlationId").asText();
            assertTrue(correlationId.equals("web-4711") || correlationId.equals(l.path("requestId").asText()),
                    "the caller's token, otherwise the request id (an e-mail address is no token): " + l);
        });
        assertEquals(1, requestLines.stream().filter(l -> l.path("correlationId").asText().equals("web-4711")).count(), log);
        List<JsonNode> eventLines = lines.stream().filter(l -> !l.has("route")).toList();
        assertEquals(List.of("RelationshipStarted", "PersonErased"), eventLines.stream().map(l -> l.path("event").asText()).toList(), log);
        eventLines.forEach(l -> assertEquals("agenda", l.path("function").asText(), l.toString()));
        assertTrue(eventLines.get(1).path("meetingsPseudonymised").asInt() > 0, "the erasure reached the pair's meetings: " + log);
    }

    /** A bus that refuses with a message quoting the event (as SDK errors may) leaves a log line with neither. */
    @Test
    void aRefusedAnnouncementLogsNothingOfTheMeeting() {
        EventPublisher refusing = (source, type, detail) -> {
            throw new IllegalStateException("EventBridge refused " + detail + " for " + MENTEE_NAME);
        };
        AgendaHarness refused = new AgendaHarness(refusing);
        String program = refused.program(ProgramFormat.ONE_TO_ONE, COORDINATOR_ID);
        refused.register(program, MENTOR_ID, Role.MENTOR, MENTOR_NAME, List.of("en"), "Europe/Copenhagen", List.of());
        refused.register(program, MENTEE_ID, Role.MENTEE, MENTEE_NAME, List.of("en"), "Europe/Copenhagen", List.of());
        Relationship r = refused.relationship(program, ProgramFormat.ONE_TO_ONE, MENTOR_ID, List.of(MENTEE_ID), List.of(PAIR_GOAL));
        Response booked = refused.call(AgendaHarness.Person.user(MENTOR_ID), "POST /relationships/{relationshipId}/meetings",
                Map.of("relationshipId", r.id()), Map.of("start", "2026-11-30T16:00:00Z", "place", PLACE, "videoLink", VIDEO_LINK));
        assertEquals(201, booked.status(), booked.toString());

        String log = refused.log.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("event left in outbox"), log);
        for (String personal : PERSONAL) {
            assertFalse(log.contains(personal), () -> "'" + personal + "' in log:\n" + log);
        }
    }
}
