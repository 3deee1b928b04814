package com.pairwise.signup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.signup.SignupHarness;
import com.pairwise.testing.OpenApiDocument;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the signup handler serves: none missing, none extra. */
class OpenApiContractTest {
    private final OpenApiDocument api = OpenApiDocument.read(SignupHarness.repoRoot());

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() {
        Set<String> served = new TreeSet<>(new SignupHarness().handler.routeKeys());
        assertEquals(served, api.routesOf("signup"), "routes served by the signup handler vs routes in docs/openapi.yaml");
    }

    @Test
    void theDocumentIsOpenApi31WithEveryOperationTaggedAndEveryReferenceResolved() {
        assertTrue(api.openApiVersion().startsWith("3.1"), "OpenAPI 3.1");
        assertEquals(Set.of(), api.untaggedRoutes(), "every operation names the function that serves it (x-pairwise-function)");
        assertEquals(Set.of(), api.unresolvedReferences(), "every $ref resolves");
    }
}
