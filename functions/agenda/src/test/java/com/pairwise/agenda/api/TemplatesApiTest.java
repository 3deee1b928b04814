package com.pairwise.agenda.api;

import static com.pairwise.agenda.api.PairFixture.ADMIN;
import static com.pairwise.agenda.api.PairFixture.COORDINATOR;
import static com.pairwise.agenda.api.PairFixture.MENTEE;
import static com.pairwise.agenda.api.PairFixture.MENTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.AgendaHarness;
import com.pairwise.agenda.AgendaHarness.Person;
import com.pairwise.agenda.AgendaHarness.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesApiTest {
    private final PairFixture f = new PairFixture();

    private Response get(Person who) {
        return f.api.call(who, "GET /programs/{programId}/agenda-template", Map.of("programId", f.programId), null);
    }

    private Response put(Person who, Object body) {
        return f.api.call(who, "PUT /programs/{programId}/agenda-template", Map.of("programId", f.programId), body);
    }

    /** The template in the sample event, to break one thing at a time. */
    private static ObjectNode readBody() {
        try {
            return (ObjectNode) com.pairwise.shared.http.Json.MAPPER.readTree(
                    AgendaHarness.sampleEvent("put-agenda-template.json", Map.of()).get("body").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aProgramWithoutItsOwnTemplateUsesTheDefaultLibrary() {
        Response r = get(COORDINATOR);
        assertEquals(200, r.status(), r.toString());
        assertEquals("en", r.body().get("language").asText());
        assertEquals(2, r.body().get("translations").size());
        assertEquals(200, get(ADMIN).status());
        assertEquals(403, get(MENTEE).status());
        assertEquals(404, f.api.call(ADMIN, "GET /programs/{programId}/agenda-template", Map.of("programId", "prg_nothere"), null).status());
    }

    @Test
    void aBadTemplateIsRefusedNamingTheField() {
        ObjectNode unknownPlaceholder = readBody();
        ((ArrayNode) unknownPlaceholder.get("sessions").get(0).get("prompts")).set(0, "Ask {boss} about it");
        Response r = put(COORDINATOR, unknownPlaceholder);
        assertEquals(400, r.status());
        assertEquals(List.of("sessions[0].prompts[0]"), r.errorFields());

        ObjectNode empty = readBody();
        ((ObjectNode) empty.get("sessions").get(0)).putArray("prompts");
        assertEquals(List.of("sessions[0].prompts"), put(COORDINATOR, empty).errorFields());

        ObjectNode brokenLink = readBody();
        ((ObjectNode) brokenLink.get("sessions").get(0).get("resources").get(0)).put("url", "en.wikipedia.org/wiki/Mentorship");
        assertEquals(List.of("sessions[0].resources[0].url"), put(COORDINATOR, brokenLink).errorFields());

        ObjectNode noSessions = readBody();
        noSessions.putArray("sessions");
        assertEquals(List.of("sessions"), put(COORDINATOR, noSessions).errorFields());
        assertEquals(403, put(MENTOR, readBody()).status());
    }

    @Test
    void aCoordinatorsTemplateDrivesTheNextAgendasWithEnglishAsFallback() {
        Response saved = put(COORDINATOR, readBody());
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("kick-off", get(COORDINATOR).body().get("sessions").get(0).get("key").asText());
        String id = f.schedule(MENTOR, "2026-12-01T09:00:00Z", "durationMinutes", 30).body().get("id").asText();
        Response agenda = f.agenda(MENTEE, id, null);
        assertEquals("en", agenda.body().get("language").asText(), "the template has no French: English it is");
        assertEquals("Kick-off", agenda.body().get("title").asText());
        assertTrue(agenda.body().get("items").toString().contains("What do you each hope Ben Okafor gets from the next 30 minutes?"),
                agenda.body().get("items").toString());
    }
}
