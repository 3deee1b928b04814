package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpenApiRoutesTest {

    @Test
    void readsEveryOperationOfTheFixture() {
        Map<String, ApiRoute> byKey = TestSupport.fixtureRoutes().stream()
                .collect(Collectors.toMap(ApiRoute::routeKey, r -> r));
        assertEquals(7, byKey.size(), byKey.keySet().toString());
        assertTrue(byKey.get("GET /health").publicRoute());
        assertTrue(byKey.get("POST /signups").publicRoute());
        assertFalse(byKey.get("GET /me/signups").publicRoute(), "inherits root security");
        assertFalse(byKey.get("PATCH /programs/{programId}/signups/{signupId}").publicRoute());
        assertEquals("signup", byKey.get("DELETE /programs/{programId}/signups/{signupId}").function());
        assertEquals("withdrawSignup", byKey.get("DELETE /programs/{programId}/signups/{signupId}").operationId());
        assertEquals("signup", byKey.get("GET /programs/{programId}/signups").function(), "path-level default");
        assertEquals("reminders", byKey.get("POST /programs/{programId}/matches").function());
    }

    @Test
    void operationWithoutFunctionIsAnError() {
        String yaml = """
                openapi: 3.1.0
                paths:
                  /a:
                    get:
                      responses: {}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenApiRoutes.parse(yaml));
        assertTrue(e.getMessage().contains("GET /a has no x-pairwise-function"), e.getMessage());
    }

    @Test
    void rootLevelEmptySecurityDoesNotMakeOperationsPublic() {
        String yaml = """
                openapi: 3.1.0
                security: []
                paths:
                  /a:
                    x-pairwise-function: signup
                    summary: not an operation
                    parameters: []
                    get: {}
                    post:
                      security: []
                """;
        List<ApiRoute> routes = OpenApiRoutes.parse(yaml);
        assertEquals(List.of(
                new ApiRoute("GET", "/a", "signup", false, null),
                new ApiRoute("POST", "/a", "signup", true, null)), routes);
    }
}
