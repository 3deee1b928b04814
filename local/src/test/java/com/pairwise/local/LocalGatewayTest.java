package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalGatewayTest {
    private final LocalJwt jwt = LocalJwt.ephemeral(Clock.systemUTC());
    private final EchoFunction echo = new EchoFunction();
    private final RequestStreamHandler raw = (in, out, ctx) -> out.write("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));
    private final RequestStreamHandler v2 = (in, out, ctx) -> out.write(("{\"statusCode\":202,\"headers\":{\"x-a\":\"1\",\"Content-Length\":\"999\"},"
            + "\"cookies\":[\"a=1\",\"b=2\"],\"body\":\"aGk=\",\"isBase64Encoded\":true}").getBytes(StandardCharsets.UTF_8));
    private final LocalGateway gateway = new LocalGateway(
            RouteTable.builder()
                    .addAll(echo.routeKeys(), "echo", List.of("GET /public/ping"))
                    .add("GET /raw", "raw", true)
                    .add("GET /v2", "v2", true)
                    .build(),
            Map.of("echo", echo, "raw", raw, "v2", v2), jwt, Clock.systemUTC(), EchoFunction.QUIET);

    private LocalGateway.Answer call(String method, String pathAndQuery, String token, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:1234"));
        if (token != null) {
            headers.put("Authorization", List.of("Bearer " + token));
        }
        if (body != null) {
            headers.put("Content-Type", List.of("application/json"));
        }
        int q = pathAndQuery.indexOf('?');
        return gateway.handle(new GatewayRequest(method, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
                q < 0 ? null : pathAndQuery.substring(q + 1), "HTTP/1.1", headers, "127.0.0.1",
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(LocalGateway.Answer answer) throws Exception {
        return Json.MAPPER.readTree(answer.body());
    }

    @Test
    void servesTheMostSpecificRouteWithTheCallersIdentity() throws Exception {
        LocalGateway.Answer special = call("GET", "/things/special?x=1", jwt.issue("demo-admin", true, null, null), null);
        assertEquals(200, special.status());
        JsonNode body = json(special);
        assertEquals("GET /things/special", body.get("routeKey").asText());
        assertEquals("demo-admin", body.get("userId").asText());
        assertTrue(body.get("admin").asBoolean());
        assertEquals("1", body.at("/query/x").asText());
        assertEquals(body.get("requestId").asText(), special.header("apigw-requestid").orElseThrow());

        JsonNode param = json(call("GET", "/things/t-1", jwt.issue("demo-mentee-1", false, null, null), null));
        assertEquals("GET /things/{thingId}", param.get("routeKey").asText());
        assertEquals("t-1", param.at("/pathParameters/thingId").asText());
        assertTrue(!param.get("admin").asBoolean());
    }

    @Test
    void unmatchedAndWrongMethodAreNotFoundEvenWithoutToken() throws Exception {
        for (LocalGateway.Answer answer : List.of(call("GET", "/nowhere", null, null), call("DELETE", "/things/t-1", null, null),
                call("PUT", "/things", jwt.issue("u", false, null, null), "{}"))) {
            assertEquals(404, answer.status());
            assertEquals("{\"message\":\"Not Found\"}", answer.bodyText());
        }
    }

    @Test
    void protectedRoutesNeedAValidToken() throws Exception {
        String expired = jwt.issue("u", false, null, null, Instant.now().minus(Duration.ofHours(13)), LocalJwt.VALIDITY);
        String foreign = LocalJwt.ephemeral(Clock.systemUTC()).issue("u", true, null, null);
        for (String token : new String[] {null, "garbage", expired, foreign}) {
            LocalGateway.Answer answer = call("GET", "/things/t-1", token, null);
            assertEquals(401, answer.status(), String.valueOf(token));
            assertEquals("{\"message\":\"Unauthorized\"}", answer.bodyText());
            assertTrue(answer.header("www-authenticate").orElseThrow().startsWith("Bearer"));
        }
        assertEquals(200, call("GET", "/public/ping", null, null).status());
        JsonNode anonymous = json(call("GET", "/public/ping", null, null));
        assertTrue(anonymous.get("userId").isNull());
    }

    @Test
    void bodiesReachTheHandler() throws Exception {
        LocalGateway.Answer created = call("POST", "/things", jwt.issue("u", false, null, null), "{\"a\":1}");
        assertEquals(201, created.status());
        assertEquals("{\"a\":1}", json(created).get("body").asText());
        assertEquals("application/json", created.header("content-type").orElseThrow());
    }

    @Test
    void handlerFailuresAreTheHandlersOwnAnswersOrAGateway500() {
        LocalGateway.Answer boom = call("GET", "/boom", jwt.issue("u", false, null, null), null);
        assertEquals(500, boom.status(), "the shared Router turns a fault into its own 500 problem");
        assertTrue(boom.bodyText().contains("internal"), boom.bodyText());

        RequestStreamHandler throwing = (in, out, ctx) -> {
            throw new IllegalStateException("init failed");
        };
        LocalGateway broken = new LocalGateway(RouteTable.builder().add("GET /x", "t", true).build(), Map.of("t", throwing),
                jwt, Clock.systemUTC(), EchoFunction.QUIET);
        LocalGateway.Answer answer = broken.handle(new GatewayRequest("GET", "/x", null, "HTTP/1.1", Map.of(), "127.0.0.1", new byte[0]));
        assertEquals(500, answer.status());
        assertEquals("{\"message\":\"Internal Server Error\"}", answer.bodyText());
    }

    @Test
    void readsV2ResponsesAndBareJson() {
        LocalGateway.Answer bare = call("GET", "/raw", null, null);
        assertEquals(200, bare.status());
        assertEquals("{\"hello\":\"world\"}", bare.bodyText());
        assertEquals("application/json", bare.header("content-type").orElseThrow());

        LocalGateway.Answer full = call("GET", "/v2", null, null);
        assertEquals(202, full.status());
        assertEquals("hi", full.bodyText());
        assertEquals("1", full.header("x-a").orElseThrow());
        assertTrue(full.header("content-length").isEmpty(), "the server frames the body itself");
        assertEquals(List.of("a=1", "b=2"), full.headers().stream().filter(h -> h.getKey().equals("set-cookie")).map(Map.Entry::getValue).toList());
    }
}
