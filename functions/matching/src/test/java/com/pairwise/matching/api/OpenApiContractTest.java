package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.matching.MatchingHarness;
import com.pairwise.testing.OpenApiDocument;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the matching handler serves: none missing, none extra. */
class OpenApiContractTest {
    private final OpenApiDocument api = OpenApiDocument.read(MatchingHarness.repoRoot());

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() {
        Set<String> served = new TreeSet<>(new MatchingHarness().handler.routeKeys());
        assertEquals(served, api.routesOf("matching"), "routes served by the matching handler vs routes in docs/openapi.yaml");
    }
}
