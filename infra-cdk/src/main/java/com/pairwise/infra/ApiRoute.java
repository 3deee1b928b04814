package com.pairwise.infra;

import java.util.Objects;

/**
 * One operation of docs/openapi.yaml, as the HTTP API needs it.
 *
 * @param method      upper-case HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)
 * @param path        OpenAPI path template, e.g. {@code /programs/{programId}/signups}
 * @param function    the value of {@code x-pairwise-function}
 * @param publicRoute true when the operation declares {@code security: []} (no authorizer)
 * @param operationId the operationId, or null
 */
public record ApiRoute(String method, String path, String function, boolean publicRoute, String operationId) {

    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(function, "function");
    }

    /** API Gateway route key, e.g. {@code POST /signups}. */
    public String routeKey() {
        return method + " " + path;
    }
}
