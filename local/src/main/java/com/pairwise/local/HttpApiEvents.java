package com.pairwise.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the API Gateway HTTP API payload format 2.0 event the cloud hands to a Lambda function, and renders JWT
 * claims the way the HTTP API JWT authorizer does (every value a string, lists as {@code [a b]}).
 */
public final class HttpApiEvents {
    public static final String ACCOUNT_ID = "000000000000";
    public static final String API_ID = "local";
    public static final String STAGE = "$default";

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpApiEvents() {
    }

    /**
     * @param claims the verified token's claims as in its JSON payload, or null for a route without authorizer
     */
    public static ObjectNode build(GatewayRequest request, RouteTable.Match match, Map<String, Object> claims,
                                   Instant now, String requestId) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        String routeKey = match.route().routeKey();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());

        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                for (String value : values) {
                    for (String cookie : value.split(";")) {
                        if (!cookie.isBlank()) {
                            cookies.add(cookie.strip());
                        }
                    }
                }
                return;
            }
            headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
        });
        headers.merge("x-forwarded-for", request.sourceIp(), (sent, ip) -> sent + ", " + ip);
        headers.putIfAbsent("x-forwarded-proto", "http");
        if (!cookies.isEmpty()) {
            ArrayNode array = event.putArray("cookies");
            cookies.forEach(array::add);
        }
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach(headerNode::put);

        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            ObjectNode q = event.putObject("queryStringParameters");
            query.forEach(q::put);
        }

        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", ACCOUNT_ID);
        context.put("apiId", API_ID);
        if (claims != null) {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            ObjectNode claimNode = jwt.putObject("claims");
            renderClaims(claims).forEach(claimNode::put);
            jwt.putNull("scopes");
        }
        String host = headers.getOrDefault("host", "127.0.0.1");
        String domain = host.contains(":") && !host.startsWith("[") ? host.substring(0, host.indexOf(':')) : host;
        context.put("domainName", domain);
        context.put("domainPrefix", domain.contains(".") && !Character.isDigit(domain.charAt(0)) ? domain.substring(0, domain.indexOf('.')) : domain);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method().toUpperCase(Locale.ROOT));
        http.put("path", request.rawPath());
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", requestId);
        context.put("routeKey", routeKey);
        context.put("stage", STAGE);
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());

        byte[] body = request.body();
        if (body != null && body.length > 0) {
            if (isText(headers.get("content-type"))) {
                event.put("body", new String(body, StandardCharsets.UTF_8));
                event.put("isBase64Encoded", false);
            } else {
                event.put("body", Base64.getEncoder().encodeToString(body));
                event.put("isBase64Encoded", true);
            }
        } else {
            event.put("isBase64Encoded", false);
        }
        if (!match.pathParameters().isEmpty()) {
            ObjectNode p = event.putObject("pathParameters");
            match.pathParameters().forEach(p::put);
        }
        return event;
    }

    /** Query parameters decoded, a repeated name's values comma-joined in order; a name without {@code =} is "". */
    public static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeQuery(pair.substring(eq + 1));
            out.merge(name, value, (a, b) -> a + "," + b);
        }
        return out;
    }

    private static String decodeQuery(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /**
     * Text bodies are passed as they are; everything else (images, forms, octet streams, no content type at all)
     * is base64-encoded with {@code isBase64Encoded: true}.
     */
    public static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon);
        }
        type = type.strip();
        return type.startsWith("text/")
                || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml")
                || type.equals("application/javascript") || type.equals("application/ecmascript")
                || type.equals("application/yaml") || type.equals("application/x-yaml")
                || type.equals("application/graphql");
    }

    /** Claim values as the HTTP API JWT authorizer passes them: strings, numbers as text, lists as {@code [a b]}. */
    public static Map<String, String> renderClaims(Map<String, Object> claims) {
        Map<String, String> out = new LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (value != null) {
                out.put(name, render(value));
            }
        });
        return out;
    }

    private static String render(Object value) {
        if (value instanceof Collection<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(render(item)));
            return "[" + String.join(" ", items) + "]";
        }
        if (value instanceof Object[] array) {
            return render(List.of(array));
        }
        if (value instanceof java.util.Date date) {
            return Long.toString(date.getTime() / 1000);
        }
        if (value instanceof Map<?, ?> map) {
            return Json.MAPPER.valueToTree(map).toString();
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }
}
