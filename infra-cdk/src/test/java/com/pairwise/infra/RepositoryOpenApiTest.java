package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract check of the real docs/openapi.yaml (skipped while it does not exist). */
class RepositoryOpenApiTest {

    @Test
    void everyOperationNamesAKnownFunctionOnce() {
        Path spec = RepoPaths.findRepoRoot().resolve(RepoPaths.OPENAPI);
        assumeTrue(Files.isRegularFile(spec), "docs/openapi.yaml not written yet");
        List<ApiRoute> routes = OpenApiRoutes.load(spec);
        assertFalse(routes.isEmpty(), "docs/openapi.yaml has no operations");
        Set<String> keys = new HashSet<>();
        for (ApiRoute route : routes) {
            assertTrue(PairwiseFunctions.KNOWN_NAMES.contains(route.function()),
                    route.routeKey() + ": unknown x-pairwise-function '" + route.function() + "'");
            assertTrue(keys.add(route.routeKey()), "duplicate route " + route.routeKey());
        }
    }
}
