package com.pairwise.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A function's log as its tests read it: every line a JSON object (a line that is not fails the test). */
public final class LogLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogLines() {
    }

    public static List<JsonNode> parse(String log) {
        return log.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException("log line is not JSON: " + line, e);
            }
        }).toList();
    }
}
