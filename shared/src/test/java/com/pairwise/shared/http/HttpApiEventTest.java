package com.pairwise.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpApiEventTest {

    /** JSON written with single quotes for readability. */
    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode eventWithClaims(String claims) {
        return json("{'routeKey': 'GET /me', 'rawPath': '/me', 'requestContext': {'requestId': 'r1',"
                + " 'authorizer': {'jwt': {'claims': " + claims + "}}}}");
    }

    @Nested
    class Claims {
        @Test
        void subAndEmailMakeTheCaller() {
            Optional<Caller> caller = HttpApiEvent.caller(json("{'sub': 'a1b2-c3', 'email': 'ana@example.com'}"));
            assertEquals(Optional.of(new Caller("a1b2-c3", "ana@example.com", Set.of())), caller);
        }

        @Test
        void missingSubIsNoCaller() {
            assertEquals(Optional.empty(), HttpApiEvent.caller(json("{'email': 'ana@example.com', 'cognito:groups': '[admin]'}")));
        }

        @Test
        void emptyOrMalformedSubIsNoCaller() {
            assertEquals(Optional.empty(), HttpApiEvent.caller(json("{'sub': ''}")));
            assertEquals(Optional.empty(), HttpApiEvent.caller(json("{'sub': 'USER#x'}")));
            assertEquals(Optional.empty(), HttpApiEvent.caller(json("{'sub': 'two words'}")));
        }

        @Test
        void noClaimsAtAllIsNoCaller() {
            assertEquals(Optional.empty(), HttpApiEvent.toRequest(json("{'routeKey': 'GET /me'}")).caller());
        }

        @Test
        void missingEmailIsNull() {
            Caller caller = HttpApiEvent.caller(json("{'sub': 'u1'}")).orElseThrow();
            assertNull(caller.email());
        }

        @Test
        void callerIsReadFromTheJwtAuthorizerClaims() {
            ApiRequest request = HttpApiEvent.toRequest(eventWithClaims("{'sub': 'u1', 'cognito:groups': '[admin]'}"));
            Caller caller = request.caller().orElseThrow();
            assertEquals("u1", caller.userId());
            assertTrue(caller.isAdmin());
        }
    }

    @Nested
    class Groups {
        @Test
        void bracketedSpaceSeparatedText() {
            assertEquals(Set.of("admin", "coordinators"), HttpApiEvent.groups(json("'[admin coordinators]'")));
        }

        @Test
        void bracketedSingleGroup() {
            assertEquals(Set.of("admin"), HttpApiEvent.groups(json("'[admin]'")));
        }

        @Test
        void commaSeparatedQuotedText() {
            assertEquals(Set.of("admin", "coordinators"), HttpApiEvent.groups(json("{'g': '[\\'admin\\', \\'coordinators\\']'}").get("g")));
        }

        @Test
        void jsonArray() {
            assertEquals(Set.of("admin", "coordinators"), HttpApiEvent.groups(json("['admin', 'coordinators']")));
        }

        @Test
        void emptyBracketsAreNoGroups() {
            assertEquals(Set.of(), HttpApiEvent.groups(json("'[]'")));
        }

        @Test
        void absentClaimIsNoGroups() {
            Caller caller = HttpApiEvent.caller(json("{'sub': 'u1'}")).orElseThrow();
            assertEquals(Set.of(), caller.groups());
            assertFalse(caller.isAdmin());
        }

        @Test
        void groupsReachTheCaller() {
            Caller caller = HttpApiEvent.caller(json("{'sub': 'u1', 'cognito:groups': '[admin coordinators]'}")).orElseThrow();
            assertEquals(Set.of("admin", "coordinators"), caller.groups());
            assertTrue(caller.isAdmin());
        }

        @Test
        void aGroupMerelyContainingAdminIsNotAdmin() {
            Caller caller = HttpApiEvent.caller(json("{'sub': 'u1', 'cognito:groups': '[administrators]'}")).orElseThrow();
            assertFalse(caller.isAdmin());
        }
    }

    @Nested
    class Request {
        @Test
        void copiesRouteKeyPathParametersQueryHeadersAndRequestId() {
            ApiRequest r = HttpApiEvent.toRequest(json("{'routeKey': 'GET /programs/{programId}/registrations',"
                    + " 'rawPath': '/programs/prg_1/registrations',"
                    + " 'pathParameters': {'programId': 'prg_1'},"
                    + " 'queryStringParameters': {'limit': '10', 'cursor': 'abc'},"
                    + " 'headers': {'content-type': 'application/json'},"
                    + " 'requestContext': {'requestId': 'req-9'}}"));
            assertEquals("GET /programs/{programId}/registrations", r.routeKey());
            assertEquals("/programs/prg_1/registrations", r.path());
            assertEquals(Map.of("programId", "prg_1"), r.pathParameters());
            assertEquals("prg_1", r.pathParameter("programId"));
            assertEquals(Map.of("limit", "10", "cursor", "abc"), r.queryParameters());
            assertEquals(Optional.of("10"), r.query("limit"));
            assertEquals(Optional.empty(), r.query("offset"));
            assertEquals(Optional.of("application/json"), r.header("Content-Type"));
            assertEquals("req-9", r.requestId());
            assertNull(r.body());
        }

        @Test
        void absentMapsAreEmpty() {
            ApiRequest r = HttpApiEvent.toRequest(json("{'routeKey': 'GET /programs', 'queryStringParameters': null}"));
            assertEquals(Map.of(), r.pathParameters());
            assertEquals(Map.of(), r.queryParameters());
            assertEquals(Map.of(), r.headers());
            assertEquals("", r.requestId());
        }

        @Test
        void plainBodyIsKept() {
            ApiRequest r = HttpApiEvent.toRequest(json("{'body': '{\\'a\\':1}', 'isBase64Encoded': false}"));
            assertEquals("{\"a\":1}", r.body());
        }

        @Test
        void base64BodyIsDecodedAsUtf8() {
            String text = "{\"displayName\":\"Jos\u00e9 \u00c1lvarez\"}";
            String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            ApiRequest r = HttpApiEvent.toRequest(json("{'body': '" + encoded + "', 'isBase64Encoded': true}"));
            assertEquals(text, r.body());
        }

        @Test
        void base64LookingBodyIsNotDecodedUnlessFlagged() {
            ApiRequest r = HttpApiEvent.toRequest(json("{'body': 'e30='}"));
            assertEquals("e30=", r.body());
        }
    }

    @Nested
    class Response {
        @Test
        void responseBecomesAnHttpApiResult() {
            ObjectNode event = HttpApiEvent.toEvent(new ApiResponse(201, Map.of("content-type", "application/json", "location", "/programs/p1"), "{\"id\":\"p1\"}"));
            assertEquals(201, event.get("statusCode").asInt());
            assertEquals("application/json", event.get("headers").get("content-type").asText());
            assertEquals("/programs/p1", event.get("headers").get("location").asText());
            assertEquals("{\"id\":\"p1\"}", event.get("body").asText());
            assertFalse(event.get("isBase64Encoded").asBoolean(true));
            assertEquals(List.of("statusCode", "headers", "body", "isBase64Encoded"), fieldNames(event));
        }

        @Test
        void noContentHasNoBody() {
            ObjectNode event = HttpApiEvent.toEvent(ApiResponse.noContent());
            assertEquals(204, event.get("statusCode").asInt());
            assertFalse(event.has("body"));
            assertEquals(0, event.get("headers").size());
            assertFalse(event.get("isBase64Encoded").asBoolean(true));
        }

        private List<String> fieldNames(ObjectNode node) {
            List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
