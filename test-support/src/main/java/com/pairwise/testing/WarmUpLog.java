package com.pairwise.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what a handler logged during its SnapStart warm-up, for the functions' warm-up tests. */
public final class WarmUpLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WarmUpLog() {
    }

    /**
     * The status of each logged request, in order. Fails on any line that is not an INFO request line carrying the
     * warm-up's correlation id, so a request that errored (an ERROR line) or anything else logged fails the test.
     */
    public static List<Integer> statuses(byte[] log, String warmUpId) {
        List<Integer> statuses = new ArrayList<>();
        for (String line : new String(log, StandardCharsets.UTF_8).lines().toList()) {
            JsonNode json = read(line);
            if (!"INFO".equals(json.path("level").asText()) || !warmUpId.equals(json.path("correlationId").asText())
                    || !json.path("status").isInt()) {
                throw new AssertionError("not an INFO warm-up request line: " + line);
            }
            statuses.add(json.get("status").asInt());
        }
        return statuses;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON log line: " + line, e);
        }
    }
}
