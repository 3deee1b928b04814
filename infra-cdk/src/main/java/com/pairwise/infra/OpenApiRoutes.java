package com.pairwise.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the routes out of an OpenAPI 3.x document.
 *
 * <p>Every operation ({@code paths.<path>.<method>}) must name the function that serves it with the
 * extension {@code x-pairwise-function} (on the operation, or on its path item as a default for all its
 * operations). An operation whose own {@code security} is the empty list is public; every other operation
 * is protected by the JWT authorizer (secure by default: a document-level {@code security: []} does not make
 * operations public).
 */
public final class OpenApiRoutes {
    public static final String FUNCTION_EXTENSION = "x-pairwise-function";

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

    private OpenApiRoutes() {
    }

    public static List<ApiRoute> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("OpenAPI document not found: " + file.toAbsolutePath());
        }
        try {
            return parse(new YAMLMapper().readTree(file.toFile()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenAPI document " + file, e);
        }
    }

    public static List<ApiRoute> parse(String yaml) {
        try {
            return parse(new YAMLMapper().readTree(yaml), "<string>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ApiRoute> parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": not an OpenAPI document");
        }
        JsonNode paths = root.path("paths");
        if (!paths.isObject()) {
            throw new IllegalArgumentException(source + ": has no 'paths' object");
        }
        List<ApiRoute> routes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> pathIt = paths.fields();
        while (pathIt.hasNext()) {
            Map.Entry<String, JsonNode> pathEntry = pathIt.next();
            String path = pathEntry.getKey();
            JsonNode item = pathEntry.getValue();
            if (!path.startsWith("/")) {
                problems.add("path '" + path + "' does not start with /");
                continue;
            }
            String pathDefault = text(item.get(FUNCTION_EXTENSION));
            for (String method : METHODS) {
                JsonNode op = item.get(method);
                if (op == null || !op.isObject()) {
                    continue;
                }
                String fn = text(op.get(FUNCTION_EXTENSION));
                if (fn == null) {
                    fn = pathDefault;
                }
                String label = method.toUpperCase(Locale.ROOT) + " " + path;
                if (fn == null || fn.isBlank()) {
                    problems.add(label + " has no " + FUNCTION_EXTENSION);
                    continue;
                }
                JsonNode security = op.get("security");
                boolean isPublic = security != null && security.isArray() && security.isEmpty();
                routes.add(new ApiRoute(method.toUpperCase(Locale.ROOT), path, fn.trim(), isPublic,
                        text(op.get("operationId"))));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return List.copyOf(routes);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
