package com.pairwise.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The local API Gateway HTTP API: matches the route, runs the JWT authorizer, builds the payload 2.0 event, invokes
 * the function's handler as Lambda would and turns its v2 response into the HTTP answer. Answers of its own are the
 * gateway's: {@code 404 {"message":"Not Found"}}, {@code 401 {"message":"Unauthorized"}}, {@code 413} for bodies
 * over 10 MB and {@code 500 {"message":"Internal Server Error"}} when a handler throws.
 */
public final class LocalGateway implements HttpHandler {
    /** API Gateway's payload limit. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("content-length", "transfer-encoding", "connection", "keep-alive");

    /** An HTTP answer: status, headers in order (a name may repeat, e.g. set-cookie) and body bytes. */
    public record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }
    }

    private final RouteTable routes;
    private final Map<String, RequestStreamHandler> handlers;
    private final LocalJwt jwt;
    private final Clock clock;
    private final PrintStream log;

    public LocalGateway(RouteTable routes, Map<String, RequestStreamHandler> handlers, LocalJwt jwt, Clock clock, PrintStream log) {
        this.routes = routes;
        this.handlers = Map.copyOf(handlers);
        this.jwt = jwt;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            byte[] body = readBody(exchange);
            if (body == null) {
                answer = message(413, "Request Entity Too Large");
            } else {
                String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
                Map<String, List<String>> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
                GatewayRequest request = new GatewayRequest(method, exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), exchange.getProtocol(), headers, sourceIp, body);
                answer = handle(request);
            }
            write(exchange, method, answer);
        } catch (RuntimeException | Error e) {
            log.println("[gateway] failed to answer: " + e);
            throw e;
        }
    }

    /** Everything but the socket: testable without a server. */
    public Answer handle(GatewayRequest request) {
        long started = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        Answer answer;
        String label = request.method() + " " + request.rawPath();
        String origin = request.header("origin");
        if (request.method().equals("OPTIONS") && origin != null && request.header("access-control-request-method") != null) {
            answer = preflight(request);
        } else {
            Optional<RouteTable.Match> match = routes.match(request.method(), request.rawPath());
            if (match.isEmpty()) {
                answer = message(404, "Not Found");
            } else {
                RouteTable.Route route = match.get().route();
                label = route.routeKey() + " (" + route.function() + ")";
                answer = authorizeAndInvoke(request, match.get(), requestId);
            }
        }
        answer = withHeader(answer, "apigw-requestid", requestId);
        if (origin != null) {
            answer = withHeader(withHeader(answer, "access-control-allow-origin", origin), "vary", "Origin");
        }
        log.println("[http] " + label + " -> " + answer.status() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return answer;
    }

    private Answer authorizeAndInvoke(GatewayRequest request, RouteTable.Match match, String requestId) {
        Map<String, Object> claims = null;
        if (!match.route().publicRoute()) {
            try {
                claims = jwt.verify(request.header("authorization"));
            } catch (LocalJwt.Rejected e) {
                Answer denied = message(401, "Unauthorized");
                String challenge = request.header("authorization") == null
                        ? "Bearer"
                        : "Bearer error=\"invalid_token\" error_description=\"" + e.getMessage().replace("\"", "'") + "\"";
                return withHeader(denied, "www-authenticate", challenge);
            }
        }
        ObjectNode event = HttpApiEvents.build(request, match, claims, clock.instant(), requestId);
        RequestStreamHandler handler = handlers.get(match.route().function());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out,
                    new LocalContext(requestId, match.route().function(), log));
        } catch (Exception | Error e) {
            log.println("[gateway] " + match.route().function() + " threw while serving " + match.route().routeKey() + ":");
            e.printStackTrace(log);
            return message(500, "Internal Server Error");
        }
        return fromLambda(out.toByteArray());
    }

    /** Reads a payload format 2.0 response; like API Gateway, JSON without {@code statusCode} is a 200 body. */
    static Answer fromLambda(byte[] output) {
        JsonNode response;
        try {
            response = Json.MAPPER.readTree(output);
        } catch (IOException e) {
            response = null;
        }
        if (response == null || !response.isObject() || !response.has("statusCode")) {
            if (output.length == 0 || response == null) {
                return message(500, "Internal Server Error");
            }
            return new Answer(200, List.of(Map.entry("content-type", "application/json")), output);
        }
        int status = response.get("statusCode").asInt(500);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.path("headers").fields().forEachRemaining(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(Map.entry(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asText()));
            }
        });
        response.path("cookies").forEach(c -> headers.add(Map.entry("set-cookie", c.asText())));
        byte[] body = new byte[0];
        JsonNode bodyNode = response.get("body");
        if (bodyNode != null && !bodyNode.isNull()) {
            String text = bodyNode.isTextual() ? bodyNode.asText() : bodyNode.toString();
            body = response.path("isBase64Encoded").asBoolean(false)
                    ? Base64.getDecoder().decode(text)
                    : text.getBytes(StandardCharsets.UTF_8);
        }
        return new Answer(status, headers, body);
    }

    private static Answer preflight(GatewayRequest request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("access-control-allow-methods", "GET,POST,PUT,PATCH,DELETE,OPTIONS"));
        headers.add(Map.entry("access-control-allow-headers", "authorization,content-type"));
        headers.add(Map.entry("access-control-max-age", "3600"));
        return new Answer(204, headers, new byte[0]);
    }

    static Answer message(int status, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("message", message);
        return new Answer(status, List.of(Map.entry("content-type", "application/json")),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Answer withHeader(Answer answer, String name, String value) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(answer.headers());
        headers.add(Map.entry(name, value));
        return new Answer(answer.status(), headers, answer.body());
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                // Read the rest before answering: a client still sending when the socket closes sees a connection
                // reset instead of the 413. Bounded, so a never-ending upload cannot hold the thread forever.
                drain(in);
                return null;
            }
            return body;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT_BYTES;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static void write(HttpExchange exchange, String method, Answer answer) throws IOException {
        Headers out = exchange.getResponseHeaders();
        for (Map.Entry<String, String> h : answer.headers()) {
            out.add(h.getKey(), h.getValue());
        }
        boolean noBody = answer.body().length == 0 || method.equals("HEAD") || answer.status() == 204 || answer.status() == 304;
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
        if (!noBody) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(answer.body());
            }
        }
    }
}
