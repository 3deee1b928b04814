package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pairwise.surveys.SurveysHarness;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the surveys handler serves: none missing, none extra. */
class OpenApiContractTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() throws Exception {
        Path document = SurveysHarness.repoRoot().resolve("docs/openapi.yaml");
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        assertTrue(api.path("openapi").asText().startsWith("3.1"), "OpenAPI 3.1");

        Set<String> documented = new TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue().path("x-pairwise-function").asText("").equals("surveys")) {
                documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        Set<String> served = new TreeSet<>(new SurveysHarness().handler.routeKeys());
        assertEquals(served, documented, "routes served by SurveysHandler vs routes in docs/openapi.yaml");
    }
}
