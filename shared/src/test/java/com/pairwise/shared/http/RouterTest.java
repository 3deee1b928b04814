package com.pairwise.shared.http;

import static com.pairwise.shared.http.RequestFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {
    private static final String SECRET = "ana.souza@example.com wrote Kj7Qx";

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final Router router = new Router(new RequestLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), "signup"));

    private String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode body(ApiResponse response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("body is not JSON: " + response.body(), e);
        }
    }

    private ApiResponse call(Route route) {
        router.add("POST /programs/{programId}/registrations", route);
        return router.handle(request("POST /programs/{programId}/registrations", "/programs/p1/registrations").build());
    }

    private static void assertProblem(ApiResponse response, int status, String slug, String title) {
        assertEquals(status, response.status());
        assertEquals(Map.of("content-type", "application/problem+json", "x-correlation-id", "req-123"), response.headers());
        JsonNode problem = body(response);
        assertEquals("https://pairwise.dev/problems/" + slug, problem.get("type").asText());
        assertEquals(title, problem.get("title").asText());
        assertEquals(status, problem.get("status").asInt());
        assertEquals("/programs/p1/registrations", problem.get("instance").asText());
    }

    @Test
    void dispatchesToTheMatchingRoute() {
        router.add("GET /programs", r -> ApiResponse.json(200, JsonTree.of(Map.of("caller", r.caller().orElseThrow().userId()))));
        router.add("GET /programs/{programId}", r -> ApiResponse.json(200, JsonTree.of(Map.of("route", "one"))));
        ApiResponse response = router.handle(request("GET /programs", "/programs").build());
        assertEquals(200, response.status());
        assertEquals("user-ana", body(response).get("caller").asText());
    }

    @Test
    void unknownRouteIs404Problem() {
        router.add("GET /programs", r -> ApiResponse.json(200, JsonTree.of(Map.of())));
        ApiResponse response = router.handle(request("DELETE /programs", "/programs").build());
        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.headers().get("content-type"));
        JsonNode problem = body(response);
        assertEquals("https://pairwise.dev/problems/not-found", problem.get("type").asText());
        assertEquals("Not Found", problem.get("title").asText());
        assertEquals("no route DELETE /programs", problem.get("detail").asText());
    }

    @Test
    void routeNeedingACallerIs401WithoutOne() {
        router.add("GET /me", r -> {
            throw new AssertionError("route must not run without a caller");
        });
        ApiResponse response = router.handle(request("GET /me", "/me").anonymous().build());
        assertEquals(401, response.status());
        assertEquals("application/problem+json", response.headers().get("content-type"));
        JsonNode problem = body(response);
        assertEquals("https://pairwise.dev/problems/unauthenticated", problem.get("type").asText());
        assertEquals("Unauthorized", problem.get("title").asText());
        assertEquals("sign in: the request carries no verified identity", problem.get("detail").asText());
    }

    @Test
    void publicRouteRunsWithoutACaller() {
        router.addPublic("GET /unsubscribe", r -> ApiResponse.json(200, JsonTree.of(Map.of("anonymous", r.caller().isEmpty()))));
        ApiResponse response = router.handle(request("GET /unsubscribe", "/unsubscribe").anonymous().build());
        assertEquals(200, response.status());
        assertTrue(body(response).get("anonymous").asBoolean());
    }

    @Test
    void validationExceptionIs400ListingEveryField() {
        ApiResponse response = call(r -> {
            throw new ValidationException(List.of(new FieldError("email", "must be an email address"),
                    new FieldError("languages[1]", "must be an ISO 639-1 code such as en or es, not 'xx'")));
        });
        assertProblem(response, 400, "validation", "Invalid request");
        JsonNode problem = body(response);
        assertEquals("email: must be an email address; languages[1]: must be an ISO 639-1 code such as en or es, not 'xx'",
                problem.get("detail").asText());
        JsonNode errors = problem.get("errors");
        assertEquals(2, errors.size());
        assertEquals("email", errors.get(0).get("field").asText());
        assertEquals("must be an email address", errors.get(0).get("message").asText());
        assertEquals("languages[1]", errors.get(1).get("field").asText());
        assertFalse(problem.has("code"));
    }

    @Test
    void notFoundIs404WithTheMessage() {
        ApiResponse response = call(r -> {
            throw new NotFoundException("no program p1");
        });
        assertProblem(response, 404, "not-found", "Not Found");
        assertEquals("no program p1", body(response).get("detail").asText());
        assertFalse(body(response).has("errors"));
    }

    @Test
    void forbiddenIs403WithTheMessage() {
        ApiResponse response = call(r -> {
            throw new ForbiddenException("only the program's coordinators may do this");
        });
        assertProblem(response, 403, "forbidden", "Forbidden");
        assertEquals("only the program's coordinators may do this", body(response).get("detail").asText());
    }

    @Test
    void conflictIs409WithItsCode() {
        ApiResponse response = call(r -> {
            throw new ConflictException("already-registered", "you are already registered");
        });
        assertProblem(response, 409, "already-registered", "Conflict");
        JsonNode problem = body(response);
        assertEquals("already-registered", problem.get("code").asText());
        assertEquals("you are already registered", problem.get("detail").asText());
    }

    @Test
    void unexpectedFaultIs500WithoutItsMessage() {
        ApiResponse response = call(r -> {
            throw new IllegalStateException(SECRET);
        });
        assertProblem(response, 500, "internal", "Internal Server Error");
        assertEquals("something went wrong on our side; quote request id req-123", body(response).get("detail").asText());
        assertFalse(response.body().contains(SECRET), response.body());
        assertFalse(response.body().contains("IllegalStateException"), response.body());
    }

    @Test
    void unexpectedFaultIsLoggedWithItsClassButNotItsMessage() throws JsonProcessingException {
        call(r -> {
            throw new IllegalStateException(SECRET);
        });
        String log = log();
        assertFalse(log.contains(SECRET), log);
        assertFalse(log.contains("Kj7Qx"), log);
        List<String> lines = log.lines().toList();
        assertEquals(2, lines.size(), log);
        JsonNode failure = Json.MAPPER.readTree(lines.get(0));
        assertEquals("ERROR", failure.get("level").asText());
        assertEquals("java.lang.IllegalStateException", failure.get("error").asText());
        assertEquals("req-123", failure.get("requestId").asText());
        assertEquals("POST /programs/{programId}/registrations", failure.get("route").asText());
        assertEquals("signup", failure.get("function").asText());
        assertTrue(failure.get("at").asText().contains("RouterTest"), failure.get("at").asText());
        JsonNode summary = Json.MAPPER.readTree(lines.get(1));
        assertEquals("INFO", summary.get("level").asText());
        assertEquals(500, summary.get("status").asInt());
    }

    @Test
    void everyRequestIsLoggedOnceWithItsStatusAndNoPath() throws JsonProcessingException {
        router.add("GET /programs/{programId}", r -> {
            throw new NotFoundException("no program " + r.pathParameters());
        });
        router.handle(request("GET /programs/{programId}", "/programs/prg_secret42").requestId("req-7").build());
        List<String> lines = log().lines().toList();
        assertEquals(1, lines.size(), log());
        JsonNode line = Json.MAPPER.readTree(lines.get(0));
        assertEquals("INFO", line.get("level").asText());
        assertEquals(404, line.get("status").asInt());
        assertEquals("req-7", line.get("requestId").asText());
        assertEquals("GET /programs/{programId}", line.get("route").asText());
        assertEquals("2026-03-01T10:00:00Z", line.get("time").asText());
        assertTrue(line.get("durationMs").isIntegralNumber());
        assertFalse(log().contains("prg_secret42"), log());
    }

    @Test
    void successfulResponseIsReturnedWithOnlyTheCorrelationHeaderAdded() {
        ApiResponse ok = new ApiResponse(201, Map.of("location", "/programs/p1"), "{}");
        assertEquals(new ApiResponse(201, Map.of("location", "/programs/p1", "x-correlation-id", "req-123"), "{}"),
                call(r -> ok));
    }

    @Test
    void registeringARouteTwiceThrows() {
        router.add("GET /programs", r -> ApiResponse.noContent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> router.addPublic("GET /programs", r -> ApiResponse.noContent()));
        assertEquals("route registered twice: GET /programs", e.getMessage());
    }

    @Test
    void routeKeysListsRegisteredRoutesInOrder() {
        router.add("GET /programs", r -> ApiResponse.noContent()).addPublic("GET /unsubscribe", r -> ApiResponse.noContent());
        assertEquals(List.of("GET /programs", "GET /unsubscribe"), List.copyOf(router.routeKeys()));
        assertEquals(Set.of("GET /programs", "GET /unsubscribe"), router.routeKeys());
    }

    @Test
    void correlationIdComesFromTheHeaderWhenValidAndIsEchoedAndLogged() throws JsonProcessingException {
        router.add("GET /programs", r -> ApiResponse.json(200, JsonTree.of(Map.of())));
        ApiResponse response = router.handle(request("GET /programs", "/programs")
                .header("X-Correlation-Id", "web-7f3a.42").requestId("req-9").build());
        assertEquals("web-7f3a.42", response.headers().get("x-correlation-id"));
        assertEquals("application/json", response.headers().get("content-type"));
        JsonNode line = Json.MAPPER.readTree(log().lines().findFirst().orElseThrow());
        assertEquals("web-7f3a.42", line.get("correlationId").asText());
        assertEquals("req-9", line.get("requestId").asText());
    }

    @Test
    void invalidCorrelationHeaderFallsBackToTheRequestIdSoNoEmailOrTextIsLogged() throws JsonProcessingException {
        router.add("GET /programs", r -> ApiResponse.json(200, JsonTree.of(Map.of())));
        for (String hostile : List.of("ana.souza@example.com", "Ana Souza", "x\n{\"level\":\"ERROR\"}", "", "a".repeat(129))) {
            logBytes.reset();
            ApiResponse response = router.handle(request("GET /programs", "/programs")
                    .header("x-correlation-id", hostile).requestId("req-10").build());
            assertEquals("req-10", response.headers().get("x-correlation-id"), hostile);
            JsonNode line = Json.MAPPER.readTree(log().lines().findFirst().orElseThrow());
            assertEquals("req-10", line.get("correlationId").asText(), hostile);
            if (!hostile.isEmpty()) {
                assertFalse(log().contains(hostile), log());
            }
        }
    }
}
