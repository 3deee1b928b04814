package com.pairwise.local;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as it reached the local gateway, before any API Gateway processing.
 *
 * @param rawPath  the path exactly as sent (still percent-encoded)
 * @param rawQuery the query string as sent without {@code ?}, or null
 * @param headers  header names as sent, each with every value in arrival order
 * @param body     request body bytes, empty when there is none
 */
public record GatewayRequest(String method, String rawPath, String rawQuery, String protocol,
                             Map<String, List<String>> headers, String sourceIp, byte[] body) {

    /** First value of a header, ignoring case, or null. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
