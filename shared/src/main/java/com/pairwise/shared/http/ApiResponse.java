package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Status, headers and body text of an HTTP answer. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, JsonNode value) {
        return new ApiResponse(status, Map.of("content-type", "application/json"), JsonTree.write(value));
    }

    /** A copy with one more header (replacing one of the same name). */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, more, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), null);
    }
}
