package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.pairwise.reminders.RemindersHarness;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the reminders handler serves: none missing, none extra. */
class OpenApiContractTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() throws Exception {
        Path document = RemindersHarness.repoRoot().resolve("docs/openapi.yaml");
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
            } else if (function.equals("reminders")) {
                documented.add(routeKey);
            }
        }));
        assertEquals(Set.of(), untagged, "every operation names the function that serves it (x-pairwise-function)");
        Set<String> served = new TreeSet<>(new RemindersHarness().handler.routeKeys());
        assertEquals(served, documented, "routes served by ReminderHandler vs routes in docs/openapi.yaml");
        for (String open : Set.of("get", "post")) {
            assertTrue(api.path("paths").path("/unsubscribe").path(open).path("security").isArray()
                    && api.path("paths").path("/unsubscribe").path(open).path("security").isEmpty(), "unsubscribe is public: security: []");
        }
    }
}
