package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private final RouteTable table = RouteTable.builder()
            .add("GET /programs", "signup", false)
            .add("POST /programs", "signup", false)
            .add("GET /programs/{programId}", "signup", false)
            .add("GET /programs/{programId}/registrations/me", "signup", false)
            .add("GET /programs/{programId}/registrations/{userId}", "signup", false)
            .add("GET /programs/archived/registrations/{userId}", "archive", false)
            .add("ANY /files/{path+}", "files", true)
            .add("GET /files/{path+}", "files-get", true)
            .build();

    private RouteTable.Match match(String method, String path) {
        return table.match(method, path).orElseThrow(() -> new AssertionError("no match for " + method + " " + path));
    }

    @Test
    void literalSegmentBeatsParameter() {
        RouteTable.Match me = match("GET", "/programs/p1/registrations/me");
        assertEquals("GET /programs/{programId}/registrations/me", me.route().routeKey());
        assertEquals(Map.of("programId", "p1"), me.pathParameters());

        RouteTable.Match other = match("GET", "/programs/p1/registrations/u-7");
        assertEquals("GET /programs/{programId}/registrations/{userId}", other.route().routeKey());
        assertEquals(Map.of("programId", "p1", "userId", "u-7"), other.pathParameters());
    }

    @Test
    void earlierLiteralDecidesBeforeLaterSegments() {
        // /programs/archived/registrations/me matches both a literal-first and a param-first template.
        RouteTable.Match m = match("GET", "/programs/archived/registrations/me");
        assertEquals("GET /programs/archived/registrations/{userId}", m.route().routeKey());
        assertEquals("archive", m.route().function());
    }

    @Test
    void methodMismatchIsNotFound() {
        assertTrue(table.match("DELETE", "/programs").isEmpty());
        assertTrue(table.match("PUT", "/programs/p1").isEmpty());
        assertTrue(table.match("POST", "/programs/p1/registrations/me").isEmpty());
    }

    @Test
    void unknownPathsAndTrailingSlashesAreNotFound() {
        assertTrue(table.match("GET", "/nope").isEmpty());
        assertTrue(table.match("GET", "/programs/p1/extra/x/y/z").isEmpty());
        assertTrue(table.match("GET", "/programs/").isEmpty());
        assertTrue(table.match("GET", "/").isEmpty());
    }

    @Test
    void pathParametersAreDecoded() {
        assertEquals("a b+c", match("GET", "/programs/a%20b+c").pathParameters().get("programId"));
    }

    @Test
    void exactMethodBeatsAnyAndGreedyTakesTheRest() {
        assertEquals("files-get", match("GET", "/files/a/b.txt").route().function());
        RouteTable.Match any = match("DELETE", "/files/a/b.txt");
        assertEquals("files", any.route().function());
        assertEquals("a/b.txt", any.pathParameters().get("path"));
        assertTrue(table.match("DELETE", "/files").isEmpty());
    }

    @Test
    void aRouteServedTwiceIsRefused() {
        RouteTable.Builder builder = RouteTable.builder().add("GET /x", "a", false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.add("GET /x", "b", false));
        assertTrue(e.getMessage().contains("a and b"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.add("/x", "c", false));
    }
}
