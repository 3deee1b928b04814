package com.pairwise.shared.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text to Jackson trees and back, on jackson-core's streaming parser and generator alone. The functions' code
 * works on trees only, and an ObjectMapper (with its serializer and deserializer factories, some 300 classes) costs
 * 150-250 ms of every cold start to build. Reads as the mapper in {@link Json} does: one value per text, nothing
 * after it, no repeated keys, nesting at most 64 deep.
 *
 * <p>Write trees with {@link #write}, not {@code JsonNode.toString()}, which builds a mapper of its own.
 */
public final class JsonTree {
    /** How deep objects and arrays may nest. */
    public static final int MAX_DEPTH = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // bodies are capped before parsing; this keeps a hostile nesting depth from costing stack
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonTree() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The tree of a JSON text; {@link MissingNode} when there is nothing but white space. */
    public static JsonNode read(String text) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return read(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String has no I/O to fail
        }
    }

    public static JsonNode read(byte[] utf8) throws IOException {
        try (JsonParser parser = FACTORY.createParser(utf8)) {
            return read(parser);
        }
    }

    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return read(parser);
        }
    }

    private static JsonNode read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode root = value(parser, first);
        if (parser.nextToken() != null) {
            throw new Malformed(parser, "has more after the JSON value");
        }
        return root;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonNode field = value(parser, parser.nextToken());
                    if (object.replace(name, field) != null) {
                        throw new Malformed(parser, "repeats the key '" + name + "'");
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    /** Text that parses but breaks a rule of the mapper's (a repeated key, more after the value); says which, briefly. */
    public static final class Malformed extends JsonParseException {
        private static final long serialVersionUID = 1L;

        Malformed(JsonParser parser, String reason) {
            super(parser, reason);
        }
    }

    /** Compact JSON text of a tree, as the mapper would write it. */
    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter has no I/O to fail
        }
        return out.toString();
    }

    public static byte[] bytes(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array has no I/O to fail
        }
        return out.toByteArray();
    }

    /** Writes a tree to a stream as UTF-8 (characters outside the BMP escaped, as the mapper does), leaving it open. */
    public static void write(OutputStream out, JsonNode node) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(generator, node);
        }
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(g, element);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
                    default -> g.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL, MISSING -> g.writeNull();
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    /**
     * The tree of plain data: maps with text keys, collections, text, numbers, booleans and null, nested freely.
     * Anything else is refused, so no class is ever looked into by reflection.
     */
    public static JsonNode of(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof JsonNode node) {
            return node;
        } else if (value instanceof CharSequence text) {
            return NODES.textNode(text.toString());
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), of(v)));
            return object;
        } else if (value instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(v -> array.add(of(v)));
            return array;
        }
        throw new IllegalArgumentException("not plain JSON data: " + value.getClass().getName());
    }
}
