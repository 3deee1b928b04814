package com.pairwise.shared.http;

import com.pairwise.shared.domain.Caller;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as API Gateway (HTTP API, payload v2) hands it to a function, reduced to what handlers use.
 *
 * @param routeKey e.g. {@code GET /programs/{programId}}; API Gateway has matched the route already
 * @param caller   empty when the request carried no verified identity
 * @param body     decoded body text, or null
 */
public record ApiRequest(
        String routeKey,
        String path,
        Map<String, String> pathParameters,
        Map<String, String> queryParameters,
        Map<String, String> headers,
        String body,
        Optional<Caller> caller,
        String requestId) {

    public ApiRequest {
        pathParameters = Map.copyOf(pathParameters);
        queryParameters = Map.copyOf(queryParameters);
        headers = Map.copyOf(headers);
    }

    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("route " + routeKey + " has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(queryParameters.get(name));
    }

    /** Header lookup ignoring case, as HTTP requires. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }
}
