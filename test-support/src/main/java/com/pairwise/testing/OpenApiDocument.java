package com.pairwise.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * docs/openapi.yaml as the functions' contract tests read it: which routes each function is documented to serve
 * ({@code x-pairwise-function} on the operation or its path), so each test compares them with its handler's routes.
 */
public record OpenApiDocument(JsonNode root) {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    public static OpenApiDocument read(Path repoRoot) {
        try {
            return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(repoRoot.resolve("docs/openapi.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String openApiVersion() {
        return root.path("openapi").asText();
    }

    /** Route keys ({@code GET /programs/{programId}}) of the operations tagged for {@code function}. */
    public Set<String> routesOf(String function) {
        Set<String> routes = new TreeSet<>();
        forEachOperation((routeKey, tag) -> {
            if (tag.equals(function)) {
                routes.add(routeKey);
            }
        });
        return routes;
    }

    /** Operations that name no function, so no stack would route them. */
    public Set<String> untaggedRoutes() {
        Set<String> routes = new TreeSet<>();
        forEachOperation((routeKey, tag) -> {
            if (tag.isEmpty()) {
                routes.add(routeKey);
            }
        });
        return routes;
    }

    /** Local {@code $ref}s that point at nothing. */
    public Set<String> unresolvedReferences() {
        Set<String> missing = new TreeSet<>();
        root.findValues("$ref").forEach(ref -> {
            if (!ref.asText().startsWith("#") || root.at(ref.asText().substring(1)).isMissingNode()) {
                missing.add(ref.asText());
            }
        });
        return missing;
    }

    /** One operation, e.g. {@code operation("get", "/unsubscribe")}; a missing node when absent. */
    public JsonNode operation(String method, String path) {
        return root.path("paths").path(path).path(method);
    }

    private void forEachOperation(BiConsumer<String, String> routeAndFunction) {
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                String tag = op.getValue().path("x-pairwise-function").asText(path.getValue().path("x-pairwise-function").asText(""));
                routeAndFunction.accept(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), tag);
            }
        }));
    }
}
