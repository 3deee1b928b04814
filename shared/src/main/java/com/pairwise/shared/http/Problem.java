package com.pairwise.shared.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.pairwise.shared.domain.FieldError;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem details body ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
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

    public ApiResponse toResponse() {
        try {
            return new ApiResponse(status, Map.of("content-type", MEDIA_TYPE), Json.MAPPER.writeValueAsString(this));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
