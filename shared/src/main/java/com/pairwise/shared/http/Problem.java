package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.FieldError;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
public record Problem(String type, String title, int status, String detail, String instance, String code, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://pairwise.dev/problems/";

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance, null, null);
    }

    public Problem withCode(String newCode) {
        return new Problem(type, title, status, detail, instance, newCode, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, List.copyOf(fieldErrors));
    }

    /** The body as RFC 9457 has it; members without a value are left out. */
    public ApiResponse toResponse() {
        ObjectNode body = JsonTree.object();
        putIfPresent(body, "type", type);
        putIfPresent(body, "title", title);
        body.put("status", status);
        putIfPresent(body, "detail", detail);
        putIfPresent(body, "instance", instance);
        putIfPresent(body, "code", code);
        if (errors != null) {
            ArrayNode list = body.putArray("errors");
            errors.forEach(e -> list.addObject().put("field", e.field()).put("message", e.message()));
        }
        return new ApiResponse(status, Map.of("content-type", MEDIA_TYPE), JsonTree.write(body));
    }

    private static void putIfPresent(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
