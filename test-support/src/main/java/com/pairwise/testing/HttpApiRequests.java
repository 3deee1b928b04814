package com.pairwise.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a sample API Gateway HTTP API (payload 2.0) event from events/ into a call of any route, the way the JWT
 * authorizer and the gateway would fill it in, so every function's API tests send the events the cloud sends.
 */
public final class HttpApiRequests {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpApiRequests() {
    }

    /** The token's claims as the authorizer passes them on; {@code email} null means the token carries none. */
    public record Claims(String sub, String email, List<String> groups) {
    }

    /**
     * Fills {@code event} in place for {@code routeKey} ("POST /programs/{programId}"), with the path parameters
     * substituted, the query, the caller ({@code null}: no identity, as on a public route) and a body (null, raw
     * text, or any value written as JSON).
     */
    public static ObjectNode fill(ObjectNode event, String routeKey, Map<String, String> pathParameters,
                                  Map<String, String> query, Claims caller, Object body) {
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> p : pathParameters.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.set("pathParameters", MAPPER.valueToTree(pathParameters));
        event.set("queryStringParameters", MAPPER.valueToTree(query));
        ObjectNode context = (ObjectNode) event.get("requestContext");
        context.put("routeKey", routeKey);
        context.put("requestId", UUID.randomUUID().toString());
        ((ObjectNode) context.get("http")).put("method", routeKey.substring(0, routeKey.indexOf(' '))).put("path", path);
        if (caller == null) {
            context.remove("authorizer");
        } else {
            ObjectNode claims = (ObjectNode) context.get("authorizer").get("jwt").get("claims");
            claims.put("sub", caller.sub());
            if (caller.email() == null) {
                claims.remove("email");
            } else {
                claims.put("email", caller.email());
            }
            if (caller.groups().isEmpty()) {
                claims.remove("cognito:groups");
            } else {
                claims.put("cognito:groups", "[" + String.join(" ", caller.groups()) + "]");
            }
        }
        if (body == null) {
            event.remove("body");
        } else if (body instanceof String text) {
            event.put("body", text);
        } else {
            event.put("body", MAPPER.valueToTree(body).toString());
        }
        return event;
    }
}
