package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.reminders.RemindersHarness;
import com.pairwise.testing.OpenApiDocument;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml describes exactly the routes the reminders handler serves: none missing, none extra. */
class OpenApiContractTest {
    private final OpenApiDocument api = OpenApiDocument.read(RemindersHarness.repoRoot());

    @Test
    void theDocumentAndTheHandlerAgreeOnEveryRoute() {
        Set<String> served = new TreeSet<>(new RemindersHarness().handler.routeKeys());
        assertEquals(served, api.routesOf("reminders"), "routes served by the reminders handler vs routes in docs/openapi.yaml");
    }

    @Test
    void unsubscribeIsPublic() {
        for (String method : Set.of("get", "post")) {
            assertTrue(api.operation(method, "/unsubscribe").path("security").isArray()
                    && api.operation(method, "/unsubscribe").path("security").isEmpty(), "unsubscribe is public: security: []");
        }
    }
}
