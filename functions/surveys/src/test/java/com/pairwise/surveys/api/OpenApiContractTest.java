package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.surveys.SurveysHarness;
import com.pairwise.testing.OpenApiDocument;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the surveys handler serves: none missing, none extra. */
class OpenApiContractTest {
    private final OpenApiDocument api = OpenApiDocument.read(SurveysHarness.repoRoot());

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() {
        Set<String> served = new TreeSet<>(new SurveysHarness().handler.routeKeys());
        assertEquals(served, api.routesOf("surveys"), "routes served by the surveys handler vs routes in docs/openapi.yaml");
    }
}
