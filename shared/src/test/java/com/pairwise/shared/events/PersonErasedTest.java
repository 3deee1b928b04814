package com.pairwise.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonErasedTest {
    private final PersonErased erased = new PersonErased("era_1", "ana", "erased_x", Instant.parse("2026-11-23T10:00:00Z"),
            List.of("prg_1"), List.of(new PersonErased.ErasedRelationship("rel_1", "prg_1")));

    private static JsonNode onTheBus(DomainEvent e) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("source", e.source()).put("detail-type", e.detailType());
        try {
            event.set("detail", Json.MAPPER.readTree(e.detail()));
        } catch (java.io.IOException x) {
            throw new IllegalStateException(x);
        }
        return event;
    }

    @Test
    void whatSignupPublishesIsWhatSubscribersRead() {
        JsonNode event = onTheBus(erased.toEvent("evt_1"));
        assertTrue(PersonErased.matches(event));
        assertEquals(erased, PersonErased.from(event).orElseThrow());
    }

    @Test
    void thePseudonymReplacesOnlyThePerson() {
        assertEquals(List.of("mia", "erased_x", "bo"), erased.replace(List.of("mia", "ana", "bo")));
        assertEquals("mia", erased.replace("mia"));
    }

    @Test
    void aDetailThatCouldNotNameStoredItemsIsUnreadable() {
        ObjectNode event = (ObjectNode) onTheBus(erased.toEvent("evt_1"));
        ((ObjectNode) event.get("detail")).put("personId", "ana#REL");
        assertFalse(PersonErased.from(event).isPresent());
        ((ObjectNode) event.get("detail")).put("personId", "erased_x");
        assertFalse(PersonErased.from(event).isPresent(), "a pseudonym equal to the person erases nothing");
        ((ObjectNode) event.get("detail")).put("personId", "ana").put("erasedAt", "yesterday");
        assertFalse(PersonErased.from(event).isPresent());
    }

    @Test
    void idsThatCannotNameAnItemAreLeftOutOfTheLists() {
        ObjectNode event = (ObjectNode) onTheBus(erased.toEvent("evt_1"));
        ((ObjectNode) event.get("detail")).putArray("programIds").add("prg_1").add("PROGRAM#x");
        assertEquals(List.of("prg_1"), PersonErased.from(event).orElseThrow().programIds());
    }
}
