package com.pairwise.shared.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A batch of DynamoDB stream records as Lambda hands it to a function ({@code {"Records": [...]}}), read into the
 * new images of the items it inserted. Images are in DynamoDB's JSON ({@code {"S": "..."}}), turned back into the
 * SDK's attribute values so the store that wrote an item also reads it.
 */
public final class TableStreamEvent {
    private TableStreamEvent() {
    }

    /** True when {@code event} is a batch from a DynamoDB stream. */
    public static boolean matches(JsonNode event) {
        JsonNode records = event.path("Records");
        return records.isArray() && records.size() > 0 && "aws:dynamodb".equals(records.get(0).path("eventSource").asText());
    }

    /** The new image of every INSERT record in the batch, in stream order; other records are not new entries. */
    public static List<Map<String, AttributeValue>> insertedImages(JsonNode event) {
        List<Map<String, AttributeValue>> images = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            JsonNode image = record.path("dynamodb").path("NewImage");
            if ("INSERT".equals(record.path("eventName").asText()) && image.isObject()) {
                images.add(item(image));
            }
        }
        return images;
    }

    static Map<String, AttributeValue> item(JsonNode image) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        image.fields().forEachRemaining(f -> item.put(f.getKey(), value(f.getValue())));
        return item;
    }

    private static AttributeValue value(JsonNode v) {
        if (v.has("S")) {
            return AttributeValue.fromS(v.get("S").asText());
        }
        if (v.has("N")) {
            return AttributeValue.fromN(v.get("N").asText());
        }
        if (v.has("BOOL")) {
            return AttributeValue.fromBool(v.get("BOOL").asBoolean());
        }
        if (v.has("M")) {
            return AttributeValue.fromM(item(v.get("M")));
        }
        if (v.has("L")) {
            List<AttributeValue> list = new ArrayList<>();
            v.get("L").forEach(e -> list.add(value(e)));
            return AttributeValue.fromL(list);
        }
        if (v.has("SS")) {
            return AttributeValue.fromSs(texts(v.get("SS")));
        }
        if (v.has("NS")) {
            return AttributeValue.fromNs(texts(v.get("NS")));
        }
        if (v.has("B")) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.get("B").asText())));
        }
        if (v.has("BS")) {
            List<SdkBytes> bytes = new ArrayList<>();
            v.get("BS").forEach(e -> bytes.add(SdkBytes.fromByteArray(Base64.getDecoder().decode(e.asText()))));
            return AttributeValue.fromBs(bytes);
        }
        return AttributeValue.fromNul(true);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
