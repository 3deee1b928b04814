package com.pairwise.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.agenda.AgendaHarness;
import com.pairwise.agenda.AgendaHarness.Person;
import com.pairwise.agenda.AgendaHarness.Response;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.OutboxStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Booking, moving and cancelling a meeting announce it (for reminders) through the outbox; logging it as held announces
 * that once (for surveys); notes do not.
 */
class MeetingEventsTest {
    private final List<String[]> published = new CopyOnWriteArrayList<>();
    private final AgendaHarness h = new AgendaHarness((source, type, detail) -> published.add(new String[] {source, type, detail}));
    private final Person mentor = Person.user("u-mentor");

    private Relationship pair() {
        String program = h.program(ProgramFormat.ONE_TO_ONE, "u-coord");
        h.register(program, "u-mentor", Role.MENTOR, "Ana", List.of("es", "en"), "Europe/Madrid", List.of());
        h.register(program, "u-mentee", Role.MENTEE, "Ben", List.of("fr", "en"), "America/New_York", List.of("public speaking"));
        return h.relationship(program, ProgramFormat.ONE_TO_ONE, "u-mentor", List.of("u-mentee"), List.of("Lead a project"));
    }

    private JsonNode detail(int i) throws Exception {
        return Json.MAPPER.readTree(published.get(i)[2]);
    }

    @Test
    void bookingMovingAndCancellingArePublishedWithParticipantsSequenceAndAgendas() throws Exception {
        Relationship r = pair();
        Response booked = h.call(mentor, "POST /relationships/{relationshipId}/meetings", Map.of("relationshipId", r.id()),
                Map.of("start", "2026-11-30T16:00:00Z"));
        assertEquals(201, booked.status(), booked.toString());
        String id = booked.body().path("id").asText();
        assertEquals(1, published.size());
        assertEquals("pairwise.agenda", published.get(0)[0]);
        assertEquals("MeetingScheduled", published.get(0)[1]);
        JsonNode d = detail(0);
        assertEquals(id, d.path("meetingId").asText());
        assertEquals(List.of("u-mentor", "u-mentee"), Json.MAPPER.convertValue(d.path("participants"), List.class));
        assertEquals("2026-11-30T16:00:00Z", d.path("start").asText());
        assertTrue(d.path("agendas").size() >= 1 && d.path("agendas").elements().next().size() > 0, d.toString());

        assertEquals(200, h.call(mentor, "PATCH /meetings/{meetingId}", Map.of("meetingId", id), Map.of("start", "2026-12-01T16:00:00Z")).status());
        assertEquals("MeetingScheduled", published.get(1)[1]);
        assertEquals("2026-12-01T16:00:00Z", detail(1).path("start").asText());
        assertTrue(detail(1).path("sequence").asInt() > d.path("sequence").asInt(), "a move has a newer sequence");

        assertEquals(200, h.call(mentor, "PATCH /meetings/{meetingId}", Map.of("meetingId", id), Map.of("status", "cancelled")).status());
        assertEquals("MeetingCancelled", published.get(2)[1]);
        assertTrue(detail(2).path("sequence").asInt() > detail(1).path("sequence").asInt());
        assertEquals(3, published.size());
        assertEquals(0, new OutboxStore(h.table).unsent(10).size(), "published events leave the outbox");
    }

    @Test
    void loggingAMeetingAsHeldIsPublishedOnceWithParticipantsAndHeldAt() throws Exception {
        Relationship r = pair();
        String id = h.call(mentor, "POST /relationships/{relationshipId}/meetings", Map.of("relationshipId", r.id()),
                Map.of("start", "2026-11-24T16:00:00Z")).body().path("id").asText();
        h.clock.advance(Duration.ofDays(2));
        Response held = h.call(mentor, "PATCH /meetings/{meetingId}", Map.of("meetingId", id), Map.of("status", "held"));
        assertEquals(200, held.status(), held.toString());
        assertEquals(2, published.size());
        assertEquals("pairwise.agenda", published.get(1)[0]);
        assertEquals("MeetingHeld", published.get(1)[1]);
        JsonNode d = detail(1);
        assertEquals(id, d.path("meetingId").asText());
        assertEquals(r.id(), d.path("relationshipId").asText());
        assertEquals(r.programId(), d.path("programId").asText());
        assertEquals(List.of("u-mentor", "u-mentee"), Json.MAPPER.convertValue(d.path("participants"), List.class));
        assertEquals("2026-11-24T16:00:00Z", d.path("heldAt").asText());

        assertEquals(200, h.call(mentor, "PATCH /meetings/{meetingId}", Map.of("meetingId", id), Map.of("status", "held")).status());
        assertEquals(200, h.call(mentor, "PATCH /meetings/{meetingId}", Map.of("meetingId", id),
                Map.of("status", "held", "sharedNotes", "Agreed two goals.")).status());
        assertEquals(200, h.call(mentor, "PATCH /meetings/{meetingId}", Map.of("meetingId", id), Map.of("privateNote", "Follow up.")).status());
        assertEquals(2, published.size(), "held again or notes edited: nothing new to announce");
        assertEquals(0, new OutboxStore(h.table).unsent(10).size());
    }

    @Test
    void aRefusedPublishLeavesTheEventInTheOutboxForTheDrain() {
        AgendaHarness refusing = new AgendaHarness((source, type, detail) -> {
            throw new IllegalStateException("EventBridge refused");
        });
        String program = refusing.program(ProgramFormat.ONE_TO_ONE, "u-coord");
        refusing.register(program, "u-mentor", Role.MENTOR, "Ana", List.of("es"), "Europe/Madrid", List.of());
        refusing.register(program, "u-mentee", Role.MENTEE, "Ben", List.of("fr"), "America/New_York", List.of());
        Relationship r = refusing.relationship(program, ProgramFormat.ONE_TO_ONE, "u-mentor", List.of("u-mentee"), List.of());
        Response booked = refusing.call(mentor, "POST /relationships/{relationshipId}/meetings", Map.of("relationshipId", r.id()),
                Map.of("start", "2026-11-30T16:00:00Z"));
        assertEquals(201, booked.status(), "the booking stands");
        assertEquals(List.of("MeetingScheduled"),
                new OutboxStore(refusing.table).unsent(10).stream().map(e -> e.detailType()).toList());
    }
}
