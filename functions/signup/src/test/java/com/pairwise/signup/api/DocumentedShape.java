package com.pairwise.signup.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a JSON value with an OpenAPI schema of docs/openapi.yaml: every object has exactly the documented
 * properties (all required ones, nothing undocumented), and every value has a documented type. Maps given by
 * {@code additionalProperties} are checked for their type only.
 */
final class DocumentedShape {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private DocumentedShape(JsonNode root) {
        this.root = root;
    }

    /** Every way {@code value} differs from {@code schema}; empty when it matches. */
    static List<String> differences(JsonNode root, JsonNode schema, JsonNode value) {
        DocumentedShape shape = new DocumentedShape(root);
        shape.check("$", schema, value);
        return shape.problems;
    }

    private void check(String path, JsonNode schema, JsonNode value) {
        schema = resolve(schema);
        if (!typeAllows(schema, value)) {
            problems.add(path + ": " + value.getNodeType() + " is not of type " + schema.path("type"));
            return;
        }
        if (value.isObject() && schema.has("properties")) {
            Set<String> documented = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> present = new TreeSet<>();
            value.fieldNames().forEachRemaining(present::add);
            if (!documented.equals(present)) {
                problems.add(path + ": properties " + present + " but documented " + documented);
            }
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(path + ": required " + required.asText() + " is missing");
                }
            }
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (schema.get("properties").has(name)) {
                    check(path + "." + name, schema.get("properties").get(name), value.get(name));
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(path + "[" + i + "]", schema.get("items"), value.get(i));
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            JsonNode at = root;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                at = at.get(part);
            }
            schema = at;
        }
        return schema;
    }

    private static boolean typeAllows(JsonNode schema, JsonNode value) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("enum") ? contains(schema.get("enum"), value) : true;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        boolean typed = types.stream().anyMatch(t -> switch (t) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        });
        return typed && (!schema.has("enum") || value.isNull() || contains(schema.get("enum"), value));
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
