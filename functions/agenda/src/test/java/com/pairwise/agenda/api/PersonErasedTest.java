package com.pairwise.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.agenda.AgendaHarness;
import com.pairwise.agenda.AgendaHarness.Person;
import com.pairwise.agenda.AgendaHarness.Response;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * PersonErased through the handler: the erased mentee's private notes, action items and everything written for both
 * leave the pair's meetings, a meeting still to come is cancelled (and announced), agendas naming them go, and the
 * mentor keeps the meetings with their own note. A second delivery changes and announces nothing.
 */
class PersonErasedTest {
    private static final String PSEUDONYM = "erased_h7w2c9q4m1x8z5v3k6bt";
    private final Person mentor = Person.user("u-mentor");
    private final Person mentee = Person.user("u-mentee");
    private final List<String[]> published = new CopyOnWriteArrayList<>();
    private final AgendaHarness api = new AgendaHarness((source, type, detail) -> published.add(new String[] {source, type, detail}));
    private final String programId = api.program(ProgramFormat.ONE_TO_ONE, "u-coord");
    private final Relationship pair;
    private final String held;
    private final String upcoming;

    PersonErasedTest() {
        api.register(programId, mentor.userId(), Role.MENTOR, "Ana García", List.of("en"), "Europe/Madrid", List.of());
        api.register(programId, mentee.userId(), Role.MENTEE, "Ben Okafor", List.of("en"), "America/New_York", List.of("public speaking"));
        pair = api.relationship(programId, ProgramFormat.ONE_TO_ONE, mentor.userId(), List.of(mentee.userId()), List.of("Lead a cross-team project"));
        held = schedule(mentee, "2026-11-24T09:00:00Z", "https://meet.example.com/ben-okafor");
        api.clock.advance(Duration.ofDays(1));
        Response logged = patch(mentee, held, Map.of("status", "held", "sharedNotes", "Ben agreed two goals.", "privateNote", "Nervous about the pitch.",
                "actionItems", List.of(Map.of("text", "Draft the project pitch", "ownerId", mentee.userId()),
                        Map.of("text", "Send Ben the slides", "ownerId", mentor.userId()))));
        assertEquals(200, logged.status(), logged.toString());
        patch(mentor, held, Map.of("privateNote", "Ready to lead."));
        upcoming = schedule(mentor, "2026-12-01T09:00:00Z", null);
    }

    private String schedule(Person who, String start, String link) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("start", start));
        if (link != null) {
            body.put("videoLink", link);
        }
        Response r = api.call(who, "POST /relationships/{relationshipId}/meetings", Map.of("relationshipId", pair.id()), body);
        assertEquals(201, r.status(), r.toString());
        return r.body().get("id").asText();
    }

    private Response patch(Person who, String meetingId, Object body) {
        return api.call(who, "PATCH /meetings/{meetingId}", Map.of("meetingId", meetingId), body);
    }

    private void erase() {
        api.invoke(AgendaHarness.sampleEvent("person-erased.json",
                Map.of("PERSON_ID", mentee.userId(), "PROGRAM_ID", programId, "RELATIONSHIP_ID", pair.id())));
    }

    private List<String> types() {
        return published.stream().map(p -> p[1]).toList();
    }

    @Test
    void theMentorKeepsTheMeetingsWithNothingOfTheErasedMentee() throws Exception {
        int before = published.size();
        erase();

        JsonNode past = api.call(mentor, "GET /meetings/{meetingId}", Map.of("meetingId", held), null).body();
        assertEquals("held", past.get("status").asText());
        assertEquals("Ready to lead.", past.get("privateNote").asText(), "the mentor's own note stays");
        assertEquals(1, past.get("actionItems").size());
        assertEquals("Send Ben the slides", past.get("actionItems").get(0).get("text").asText());
        assertFalse(past.has("sharedNotes") && !past.get("sharedNotes").isNull(), past.toString());
        // localTimes lists the relationship's participants, which matching pseudonymises; the rest is agenda's own.
        String own = ((com.fasterxml.jackson.databind.node.ObjectNode) past.deepCopy()).without("localTimes").toString();
        assertFalse(own.contains("ben-okafor") || own.contains("Nervous") || own.contains("agreed") || own.contains(mentee.userId()), own);
        assertEquals(PSEUDONYM, past.get("createdBy").asText());

        JsonNode next = api.call(mentor, "GET /meetings/{meetingId}", Map.of("meetingId", upcoming), null).body();
        assertEquals("cancelled", next.get("status").asText());
        assertEquals(404, api.call(mentor, "GET /meetings/{meetingId}/agenda", Map.of("meetingId", upcoming), null).status(),
                "the agenda named the mentee and quoted the goals");

        List<String> announced = types().subList(before, published.size());
        assertEquals(List.of("MeetingCancelled"), announced);
        JsonNode detail = Json.MAPPER.readTree(published.get(published.size() - 1)[2]);
        assertEquals(List.of(mentor.userId(), PSEUDONYM), List.of(detail.get("participants").get(0).asText(), detail.get("participants").get(1).asText()));
    }

    @Test
    void aSecondDeliveryChangesNothing() {
        erase();
        JsonNode past = api.call(mentor, "GET /meetings/{meetingId}", Map.of("meetingId", held), null).body();
        int announced = published.size();

        erase();

        assertEquals(past, api.call(mentor, "GET /meetings/{meetingId}", Map.of("meetingId", held), null).body());
        assertEquals(announced, published.size());
        assertTrue(api.log.toString().contains("\"meetingsCancelled\":0,\"meetingsPseudonymised\":0"), api.log.toString());
    }
}
