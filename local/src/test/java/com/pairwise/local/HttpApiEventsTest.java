package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.HttpApiEvent;
import com.pairwise.shared.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiEventsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");
    private final RouteTable routes = RouteTable.builder()
            .add("GET /programs/{programId}/registrations/me", "signup", false)
            .add("POST /programs", "signup", false)
            .add("GET /public/ping", "echo", true)
            .build();

    private static GatewayRequest request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        return new GatewayRequest(method, path, query, "HTTP/1.1", headers, "127.0.0.1", body);
    }

    private Map<String, Object> claims(boolean admin) throws Exception {
        LocalJwt jwt = LocalJwt.ephemeral(Clock.fixed(NOW, ZoneOffset.UTC));
        return jwt.verify("Bearer " + jwt.issue("demo-mentee-1", admin, null, "Dana Demo", NOW, Duration.ofHours(12)));
    }

    @Test
    void hasEveryFieldOfThePayloadFormat2() throws Exception {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:8080"));
        headers.put("User-agent", List.of("curl/8.5.0"));
        headers.put("Accept", List.of("application/json"));
        GatewayRequest req = request("GET", "/programs/p-1/registrations/me", "", headers, new byte[0]);
        RouteTable.Match match = routes.match("GET", req.rawPath()).orElseThrow();
        ObjectNode event = HttpApiEvents.build(req, match, claims(false), NOW, "req-1");

        assertEquals("2.0", event.get("version").asText());
        assertEquals("GET /programs/{programId}/registrations/me", event.get("routeKey").asText());
        assertEquals("/programs/p-1/registrations/me", event.get("rawPath").asText());
        assertEquals("", event.get("rawQueryString").asText());
        assertFalse(event.has("cookies"));
        assertFalse(event.has("queryStringParameters"));
        assertFalse(event.has("body"));
        assertFalse(event.get("isBase64Encoded").asBoolean());
        assertEquals("p-1", event.at("/pathParameters/programId").asText());
        assertEquals("application/json", event.at("/headers/accept").asText());
        assertEquals("curl/8.5.0", event.at("/headers/user-agent").asText());
        assertEquals("127.0.0.1", event.at("/headers/x-forwarded-for").asText());

        JsonNode ctx = event.get("requestContext");
        assertEquals("000000000000", ctx.get("accountId").asText());
        assertEquals("local", ctx.get("apiId").asText());
        assertEquals("127.0.0.1", ctx.get("domainName").asText());
        assertEquals("GET", ctx.at("/http/method").asText());
        assertEquals("/programs/p-1/registrations/me", ctx.at("/http/path").asText());
        assertEquals("HTTP/1.1", ctx.at("/http/protocol").asText());
        assertEquals("127.0.0.1", ctx.at("/http/sourceIp").asText());
        assertEquals("curl/8.5.0", ctx.at("/http/userAgent").asText());
        assertEquals("req-1", ctx.get("requestId").asText());
        assertEquals("GET /programs/{programId}/registrations/me", ctx.get("routeKey").asText());
        assertEquals("$default", ctx.get("stage").asText());
        assertEquals("23/Nov/2026:19:00:00 +0000", ctx.get("time").asText());
        assertEquals(NOW.toEpochMilli(), ctx.get("timeEpoch").asLong());
        assertTrue(ctx.at("/authorizer/jwt").has("scopes"));
        assertTrue(ctx.at("/authorizer/jwt/scopes").isNull());

        // Same field names as the sample event recorded from API Gateway (events/signup)
        List<String> sampleTop = List.of("version", "routeKey", "rawPath", "rawQueryString", "headers", "requestContext",
                "isBase64Encoded", "pathParameters");
        List<String> names = new ArrayList<>();
        event.fieldNames().forEachRemaining(names::add);
        assertTrue(names.containsAll(sampleTop), names.toString());
        for (String f : List.of("accountId", "apiId", "domainName", "domainPrefix", "http", "requestId", "routeKey",
                "stage", "time", "timeEpoch", "authorizer")) {
            assertTrue(ctx.has(f), f);
        }
    }

    @Test
    void claimsAreRenderedAsApiGatewayRendersThem() throws Exception {
        GatewayRequest req = request("GET", "/programs/p-1/registrations/me", null, Map.of(), new byte[0]);
        ObjectNode event = HttpApiEvents.build(req, routes.match("GET", req.rawPath()).orElseThrow(), claims(true), NOW, "r");
        JsonNode claims = event.at("/requestContext/authorizer/jwt/claims");
        claims.fields().forEachRemaining(c -> assertTrue(c.getValue().isTextual(), c.getKey() + " must be a string"));
        assertEquals("demo-mentee-1", claims.get("sub").asText());
        assertEquals("[admin]", claims.get("cognito:groups").asText());
        assertEquals("pairwise-local", claims.get("iss").asText());
        assertEquals("pairwise-local", claims.get("aud").asText());
        assertEquals("id", claims.get("token_use").asText());
        assertEquals(Long.toString(NOW.getEpochSecond()), claims.get("iat").asText());
        assertEquals(Long.toString(NOW.plus(Duration.ofHours(12)).getEpochSecond()), claims.get("exp").asText());
        assertEquals("true", claims.get("email_verified").asText());
        assertEquals("demo-mentee-1@example.com", claims.get("email").asText());

        // ...and the shared plumbing reads them back as the caller
        ApiRequest parsed = HttpApiEvent.toRequest(event);
        assertEquals("demo-mentee-1", parsed.caller().orElseThrow().userId());
        assertTrue(parsed.caller().orElseThrow().isAdmin());
    }

    @Test
    void listsAndNumbersInClaims() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("cognito:groups", List.of("admin", "coordinators"));
        raw.put("n", 42L);
        raw.put("d", 1.5);
        raw.put("b", false);
        raw.put("gone", null);
        Map<String, String> out = HttpApiEvents.renderClaims(raw);
        assertEquals(Map.of("cognito:groups", "[admin coordinators]", "n", "42", "d", "1.5", "b", "false"), out);
    }

    @Test
    void repeatedQueryParametersAndHeadersAreCommaJoinedAndCookiesSplit() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Tag", List.of("a", "b"));
        headers.put("x-tag", List.of("c"));
        headers.put("Cookie", List.of("session=1; theme=dark"));
        headers.put("X-Forwarded-For", List.of("203.0.113.7"));
        GatewayRequest req = request("GET", "/public/ping", "status=open&role=mentor&role=mentee&empty&q=a%20b+c", headers, new byte[0]);
        ObjectNode event = HttpApiEvents.build(req, routes.match("GET", "/public/ping").orElseThrow(), null, NOW, "r");
        assertEquals("status=open&role=mentor&role=mentee&empty&q=a%20b+c", event.get("rawQueryString").asText());
        assertEquals("open", event.at("/queryStringParameters/status").asText());
        assertEquals("mentor,mentee", event.at("/queryStringParameters/role").asText());
        assertEquals("", event.at("/queryStringParameters/empty").asText());
        assertEquals("a b c", event.at("/queryStringParameters/q").asText());
        assertEquals("a,b,c", event.at("/headers/x-tag").asText());
        assertFalse(event.get("headers").has("cookie"));
        assertEquals(List.of("session=1", "theme=dark"), List.of(event.at("/cookies/0").asText(), event.at("/cookies/1").asText()));
        assertEquals("203.0.113.7, 127.0.0.1", event.at("/headers/x-forwarded-for").asText());
        assertFalse(event.get("requestContext").has("authorizer"), "public routes carry no authorizer block");
        assertFalse(event.has("pathParameters"));
    }

    @Test
    void textBodiesAsTheyAreOthersBase64() {
        RouteTable.Match post = routes.match("POST", "/programs").orElseThrow();
        byte[] json = "{\"name\":\"Ñandú\"}".getBytes(StandardCharsets.UTF_8);
        ObjectNode text = HttpApiEvents.build(request("POST", "/programs", null,
                Map.of("Content-Type", List.of("application/json; charset=utf-8")), json), post, null, NOW, "r");
        assertEquals("{\"name\":\"Ñandú\"}", text.get("body").asText());
        assertFalse(text.get("isBase64Encoded").asBoolean());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        ObjectNode binary = HttpApiEvents.build(request("POST", "/programs", null,
                Map.of("Content-Type", List.of("image/png")), png), post, null, NOW, "r");
        assertTrue(binary.get("isBase64Encoded").asBoolean());
        assertEquals(Base64.getEncoder().encodeToString(png), binary.get("body").asText());

        ObjectNode form = HttpApiEvents.build(request("POST", "/programs", null,
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")), "a=1".getBytes(StandardCharsets.UTF_8)), post, null, NOW, "r");
        assertTrue(form.get("isBase64Encoded").asBoolean());
        assertEquals("a=1", HttpApiEvent.toRequest(form).body(), "the shared plumbing decodes it again");

        assertTrue(HttpApiEvents.isText("text/plain"));
        assertTrue(HttpApiEvents.isText("application/problem+json"));
        assertFalse(HttpApiEvents.isText(null));
        assertFalse(HttpApiEvents.isText("application/octet-stream"));
    }

    @Test
    void eventIsValidJsonForTheSharedParser() throws Exception {
        GatewayRequest req = request("GET", "/programs/p-1/registrations/me", null, Map.of(), new byte[0]);
        ObjectNode event = HttpApiEvents.build(req, routes.match("GET", req.rawPath()).orElseThrow(), claims(false), NOW, "r");
        JsonNode reparsed = Json.MAPPER.readTree(event.toString());
        assertEquals("p-1", HttpApiEvent.toRequest(reparsed).pathParameter("programId"));
    }
}
