package com.pairwise.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.agenda.AgendaHarness;
import com.pairwise.testing.OpenApiDocument;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the agenda handler serves: none missing, none extra. */
class OpenApiContractTest {
    private final OpenApiDocument api = OpenApiDocument.read(AgendaHarness.repoRoot());

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() {
        Set<String> served = new TreeSet<>(new AgendaHarness().handler.routeKeys());
        assertEquals(served, api.routesOf("agenda"), "routes served by the agenda handler vs routes in docs/openapi.yaml");
    }
}
