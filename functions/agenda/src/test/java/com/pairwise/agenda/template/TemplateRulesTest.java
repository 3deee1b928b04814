package com.pairwise.agenda.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.json.TemplateJson;
import com.pairwise.agenda.domain.AgendaFixture;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    /** The bundled template as JSON, to break one thing at a time. */
    private static ObjectNode good() {
        return TemplateJson.write(AgendaFixture.CONTENT.defaultTemplate());
    }

    private static List<FieldError> errors(ObjectNode json) {
        return assertThrows(ValidationException.class, () -> TemplateJson.read(json)).errors();
    }

    private static ObjectNode session(ObjectNode json, int i) {
        return (ObjectNode) json.path("sessions").get(i);
    }

    @Test
    void theBundledTemplateRoundTripsThroughJson() {
        AgendaTemplate template = AgendaFixture.CONTENT.defaultTemplate();
        assertEquals(template, TemplateJson.read(TemplateJson.write(template)));
        assertEquals(List.of("en", "es", "fr"), template.languages());
    }

    @Test
    void anEmptySessionIsRefusedByPath() {
        ObjectNode json = good();
        session(json, 2).putArray("prompts");
        assertEquals(List.of(new FieldError("sessions[2].prompts", "must have at least one prompt: a session without prompts is empty")),
                errors(json));
    }

    @Test
    void aBrokenLinkIsRefusedByPath() {
        for (String url : List.of("www.example.com/guide", "ftp://example.com/x", "javascript:alert(1)", "/relative", "https://")) {
            ObjectNode json = good();
            ((ObjectNode) session(json, 1).path("resources").get(0)).put("url", url);
            assertEquals(List.of(new FieldError("sessions[1].resources[0].url", "must be an absolute http or https URL")), errors(json), url);
        }
    }

    @Test
    void anUnknownPlaceholderIsRefusedByPath() {
        ObjectNode json = good();
        ((ArrayNode) session(json, 2).path("prompts")).set(0, "What does {manager} think?");
        List<FieldError> errors = errors(json);
        assertEquals(1, errors.size());
        assertEquals("sessions[2].prompts[0]", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("{manager}"), errors.get(0).message());
    }

    @Test
    void translationsMustMirrorTheBaseSessions() {
        ObjectNode json = good();
        ObjectNode es = (ObjectNode) json.path("translations").get(0);
        ((ObjectNode) es.path("sessions").get(3)).put("key", "other");
        ((ObjectNode) json.path("translations").get(1)).put("language", "es");
        List<String> fields = errors(json).stream().map(FieldError::field).toList();
        assertEquals(List.of("translations[0].sessions[3].key", "translations[1].language"), fields);
    }

    @Test
    void missingAndMistypedFieldsAreAllNamedAtOnce() {
        ObjectNode json = good();
        session(json, 0).remove("title");
        session(json, 1).put("afterWeeks", "soon");
        session(json, 4).put("colour", "blue");
        json.putArray("sessions").addObject();
        List<String> fields = errors(json).stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("sessions[0].key", "sessions[0].title", "sessions[0].purpose")), fields.toString());
        ObjectNode json2 = good();
        session(json2, 1).put("afterWeeks", "soon");
        session(json2, 4).put("colour", "blue");
        assertEquals(List.of("sessions[1].afterWeeks", "sessions[4].colour"), errors(json2).stream().map(FieldError::field).toList());
    }

    @Test
    void knownPlaceholdersAndWebLinksPass() {
        assertTrue(Placeholders.unknown("Hi {mentee}, {mentor}: {goals} in {minutes}").isEmpty());
        assertTrue(TemplateRules.isWebLink("https://example.com/a?b=c"));
        assertFalse(TemplateRules.isWebLink("mailto:someone@example.com"));
    }
}
