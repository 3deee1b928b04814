package com.pairwise.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pairwise.agenda.AgendaHarness;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the agenda handler serves: none missing, none extra. */
class OpenApiContractTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() throws Exception {
        Path document = AgendaHarness.repoRoot().resolve("docs/openapi.yaml");
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        assertTrue(api.path("openapi").asText().startsWith("3.1"), "OpenAPI 3.1");

        Set<String> documented = new TreeSet<>();
        Set<String> untagged = new TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String routeKey = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            String function = op.getValue().path("x-pairwise-function").asText(path.getValue().path("x-pairwise-function").asText(""));
            if (function.isEmpty()) {
                untagged.add(routeKey);
            } else if (function.equals("agenda")) {
                documented.add(routeKey);
            }
        }));
        assertEquals(Set.of(), untagged, "every operation names the function that serves it (x-pairwise-function)");
        Set<String> served = new TreeSet<>(new AgendaHarness().handler.routeKeys());
        assertEquals(served, documented, "routes served by AgendaHandler vs routes in docs/openapi.yaml");
    }
}
