package com.pairwise.shared.http;

import static com.pairwise.shared.http.RequestFixture.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static FieldError refusal(RequestFixture request) {
        ValidationException e = assertThrows(ValidationException.class, () -> JsonBody.object(request.build()));
        assertEquals(1, e.errors().size(), () -> "expected one error, got " + e.errors());
        return e.errors().get(0);
    }

    /** A JSON object of exactly {@code bytes} UTF-8 bytes. */
    private static String objectOfBytes(int bytes) {
        String prefix = "{\"pad\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    @Test
    void readsAnObject() {
        ObjectNode node = JsonBody.object(withBody("{\"name\": \"Ana\", \"capacity\": 2}").build());
        assertEquals("Ana", node.get("name").asText());
        assertEquals(2, node.get("capacity").asInt());
    }

    @Test
    void missingBodyIsRequired() {
        assertEquals(new FieldError("body", "is required: send a JSON object"), refusal(withBody(null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankBodyIsRequired(String body) {
        assertEquals(new FieldError("body", "is required: send a JSON object"), refusal(withBody(body)));
    }

    @Test
    void bodyOfExactly64KibIsAccepted() {
        ObjectNode node = JsonBody.object(withBody(objectOfBytes(JsonBody.MAX_BYTES)).build());
        assertEquals(JsonBody.MAX_BYTES - 10, node.get("pad").asText().length());
    }

    @Test
    void bodyOverSixtyFourKibIsRefused() {
        assertEquals(new FieldError("body", "is larger than 65536 bytes"), refusal(withBody(objectOfBytes(JsonBody.MAX_BYTES + 1))));
    }

    @Test
    void sizeIsCountedInUtf8BytesNotCharacters() {
        // 40,000 characters of 'é' are 80,000 bytes
        String body = "{\"pad\":\"" + "\u00e9".repeat(40_000) + "\"}";
        assertEquals(new FieldError("body", "is larger than 65536 bytes"), refusal(withBody(body)));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertEquals(new FieldError("body", "is not valid JSON at line 2, column 8"), refusal(withBody("{\n  \"a\": }")));
    }

    @Test
    void truncatedJsonIsRefused() {
        FieldError error = refusal(withBody("{\"name\": \"Ana\""));
        assertEquals("body", error.field());
        assertTrue(error.message().startsWith("is not valid JSON at line 1, column "), error.message());
    }

    @Test
    void duplicateKeysAreRefusedAsInvalidJson() {
        FieldError error = refusal(withBody("{\"role\": \"mentee\", \"role\": \"mentor\"}"));
        assertEquals("body", error.field());
        assertTrue(error.message().startsWith("is not valid JSON"), error.message());
        assertTrue(error.message().endsWith(": it repeats the key 'role'"), error.message());
    }

    @Test
    void hostileNestingIsRefusedAsInvalidJsonNotAFault() {
        String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
        FieldError error = refusal(withBody(deep));
        assertEquals("body", error.field());
        assertTrue(error.message().startsWith("is not valid JSON"), error.message());
        assertTrue(error.message().endsWith(": it nests deeper than 64 levels"), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"text\"", "42", "true", "null"})
    void nonObjectIsRefused(String body) {
        assertEquals(new FieldError("body", "must be a JSON object"), refusal(withBody(body)));
    }

    @Test
    void wrongContentTypeIsRefused() {
        assertEquals(new FieldError("content-type", "must be application/json, not text/plain"),
                refusal(withBody("{}").header("Content-Type", "text/plain")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json-seq", "application/jsonp", "application/json5"})
    void lookAlikeContentTypesAreRefused(String type) {
        assertEquals("content-type", refusal(withBody("{}").header("content-type", type)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
            "application/merge-patch+json"})
    void jsonContentTypesAreAccepted(String type) {
        ObjectNode node = JsonBody.object(withBody("{\"a\": 1}").header("content-type", type).build());
        assertEquals(1, node.get("a").asInt());
    }

    @Test
    void absentContentTypeIsAccepted() {
        assertEquals(1, JsonBody.object(withBody("{\"a\": 1}").build()).get("a").asInt());
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() {
        FieldError error = refusal(withBody("{\"role\": \"mentee\"} {\"role\": \"mentor\"}"));
        assertEquals("body", error.field());
        assertTrue(error.message().startsWith("is not valid JSON"), error.message());
        assertTrue(error.message().endsWith(": it has more after the JSON value"), error.message());
    }
}
