package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.Identifiers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts API Gateway HTTP API (payload format 2.0) events to {@link ApiRequest} and responses back.
 * Parsed from the JSON tree rather than bound to classes: it is cheap at cold start and tolerant of fields
 * API Gateway adds over time.
 */
public final class HttpApiEvent {
    private HttpApiEvent() {
    }

    public static ApiRequest toRequest(JsonNode event) {
        JsonNode context = event.path("requestContext");
        String body = event.hasNonNull("body") ? event.get("body").asText() : null;
        if (body != null && event.path("isBase64Encoded").asBoolean(false)) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        return new ApiRequest(
                event.path("routeKey").asText(""),
                event.path("rawPath").asText(""),
                strings(event.path("pathParameters")),
                strings(event.path("queryStringParameters")),
                strings(event.path("headers")),
                body,
                caller(context.path("authorizer").path("jwt").path("claims")),
                context.path("requestId").asText(""));
    }

    public static ObjectNode toEvent(ApiResponse response) {
        ObjectNode out = JsonTree.object();
        out.put("statusCode", response.status());
        ObjectNode headers = out.putObject("headers");
        response.headers().forEach(headers::put);
        if (response.body() != null) {
            out.put("body", response.body());
        }
        out.put("isBase64Encoded", false);
        return out;
    }

    /** The verified identity; API Gateway only passes claims of a token its JWT authorizer accepted. */
    static Optional<Caller> caller(JsonNode claims) {
        String sub = claims.path("sub").asText("");
        if (!Identifiers.isValid(sub)) {
            return Optional.empty(); // Cognito subs are UUIDs; anything else is not an identity we can key data on
        }
        return Optional.of(new Caller(sub, claims.path("email").asText(null), groups(claims.path("cognito:groups"))));
    }

    /** HTTP APIs render list claims as text like {@code [admin coordinators]}; local events may send a JSON array. */
    static Set<String> groups(JsonNode claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim.isArray()) {
            claim.forEach(g -> groups.add(g.asText()));
        } else if (claim.isTextual()) {
            String text = claim.asText().trim();
            if (text.startsWith("[") && text.endsWith("]")) {
                text = text.substring(1, text.length() - 1);
            }
            for (String g : text.split("[,\\s]+")) {
                if (!g.isBlank()) {
                    groups.add(g.replace("\"", ""));
                }
            }
        }
        return groups;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
