package com.pairwise.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonTree reads and writes as the configured mapper does, without building one. */
class JsonTreeTest {
    private static final String SAMPLE = "{\"text\":\"Olá \\\"quoted\\\" \\u2028 tab\\t 𝄞\",\"int\":42,\"negative\":-7,"
            + "\"long\":9007199254740993,\"big\":123456789012345678901234567890,\"double\":0.1,\"exp\":1.5E-7,"
            + "\"yes\":true,\"no\":false,\"nothing\":null,\"list\":[1,\"two\",[],{}],\"nested\":{\"a\":{\"b\":[{\"c\":\"d\"}]}}}";

    @Test
    void readsTheSameTreeAsTheMapper() throws Exception {
        assertEquals(Json.MAPPER.readTree(SAMPLE), JsonTree.read(SAMPLE));
        assertEquals(Json.MAPPER.readTree(SAMPLE), JsonTree.read(SAMPLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Json.MAPPER.readTree(SAMPLE), JsonTree.read(new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void writesTheSameTextAsTheMapper() throws Exception {
        JsonNode tree = Json.MAPPER.readTree(SAMPLE);
        ObjectNode built = JsonTree.object().put("float", 1.25f).put("decimal", new BigDecimal("10.50")).put("d", 3.0);
        assertEquals(Json.MAPPER.writeValueAsString(tree), JsonTree.write(tree));
        assertEquals(Json.MAPPER.writeValueAsString(built), JsonTree.write(built));
        assertEquals(new String(Json.MAPPER.writeValueAsBytes(tree), StandardCharsets.UTF_8),
                new String(JsonTree.bytes(tree), StandardCharsets.UTF_8));
    }

    @Test
    void writingToAStreamLeavesItOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        JsonTree.write(out, JsonTree.object().put("a", 1));
        assertEquals("{\"a\":1}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesWhatTheMapperRefuses() throws Exception {
        for (String bad : List.of("{\"a\":1,\"a\":2}", "{\"a\":1} {\"b\":2}", "{\"a\":1}x", "[1,2", "{\"a\":}", "'a'")) {
            assertThrows(JsonProcessingException.class, () -> Json.MAPPER.readTree(bad), bad);
            assertThrows(JsonProcessingException.class, () -> JsonTree.read(bad), bad);
        }
    }

    @Test
    void aDuplicateKeyIsNamedWithItsPlace() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonTree.read("{\n\"role\":\"mentor\",\"role\":\"mentee\"}"));
        assertTrue(e.getOriginalMessage().contains("'role'"), e.getMessage());
        assertEquals(2, e.getLocation().getLineNr());
    }

    @Test
    void nestingIsCappedAt64() throws Exception {
        assertEquals(64, depth(JsonTree.read("[".repeat(64) + "]".repeat(64))));
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("[".repeat(65) + "]".repeat(65)));
    }

    @Test
    void emptyTextIsMissing() throws Exception {
        assertTrue(JsonTree.read("  ").isMissingNode());
    }

    @Test
    void plainDataBecomesATreeAndAnythingElseIsRefused() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "Ana");
        data.put("count", 3);
        data.put("total", 12L);
        data.put("share", 0.5);
        data.put("ok", true);
        data.put("none", null);
        data.put("items", List.of(Map.of("k", "v"), List.of(1, 2)));
        assertEquals(Json.MAPPER.valueToTree(data), JsonTree.of(data));
        List<Object> withAnObject = new ArrayList<>(List.of("fine"));
        withAnObject.add(new Object());
        assertThrows(IllegalArgumentException.class, () -> JsonTree.of(withAnObject));
    }

    private static int depth(JsonNode node) {
        return node.isArray() && node.size() > 0 ? 1 + depth(node.get(0)) : node.isArray() ? 1 : 0;
    }
}
