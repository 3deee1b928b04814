package com.pairwise.shared.privacy;

import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The reads the export sections share: whole queries (every page), batched gets, and attribute values as plain Java. */
final class ItemReads {
    /** BatchGetItem takes at most this many keys per call. */
    static final int BATCH = 100;

    private final PairwiseTable table;

    ItemReads(PairwiseTable table) {
        this.table = table;
    }

    /** Every item of a partition whose sort key starts with {@code prefix}, in sort key order, all pages. */
    List<Map<String, AttributeValue>> partition(String pk, String prefix) {
        return all(QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(prefix))).build());
    }

    /** Every item of an index partition whose sort key starts with {@code prefix}, in sort key order, all pages. */
    List<Map<String, AttributeValue>> index(String index, String pk, String prefix) {
        String pkName = TableDefinition.GSI1.equals(index) ? TableDefinition.GSI1_PK : TableDefinition.GSI2_PK;
        String skName = TableDefinition.GSI1.equals(index) ? TableDefinition.GSI1_SK : TableDefinition.GSI2_SK;
        return all(QueryRequest.builder().tableName(table.name()).indexName(index)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", pkName, "#sk", skName))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(prefix))).build());
    }

    private List<Map<String, AttributeValue>> all(QueryRequest query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        // The paginator follows LastEvaluatedKey, so a partition of any size (a feed of years) is read whole.
        table.dynamo().queryPaginator(query).items().forEach(items::add);
        return items;
    }

    /** One item, or null. */
    Map<String, AttributeValue> get(String pk, String sk) {
        Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name()).key(key(pk, sk))).item();
        return item == null || item.isEmpty() ? null : item;
    }

    /** The items stored under the given keys (absent ones left out), keyed by "PK SK"; any number of keys. */
    Map<String, Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
        Map<String, Map<String, AttributeValue>> found = new LinkedHashMap<>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            Map<String, KeysAndAttributes> pending = Map.of(table.name(),
                    KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + BATCH))).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> ask = pending;
                BatchGetItemResponse response = table.dynamo().batchGetItem(b -> b.requestItems(ask));
                response.responses().getOrDefault(table.name(), List.of())
                        .forEach(item -> found.put(keyText(item.get(TableDefinition.PK).s(), item.get(TableDefinition.SK).s()), item));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(TableDefinition.PK, s(pk), TableDefinition.SK, s(sk));
    }

    static String keyText(String pk, String sk) {
        return pk + " " + sk;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** A string attribute, or null when absent. */
    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    /** A number attribute holding epoch milliseconds as an ISO-8601 instant, or null when absent. */
    static String instantFromMillis(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Instant.ofEpochMilli(Long.parseLong(v.n())).toString();
    }

    /** A number attribute, or null when absent. */
    static Number number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : number(v.n());
    }

    /** A list of strings (stored as a list or a string set), or an empty list. */
    static List<String> texts(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null) {
            return List.of();
        }
        if (v.hasSs()) {
            return v.ss().stream().sorted().toList();
        }
        return v.hasL() ? v.l().stream().map(AttributeValue::s).toList() : List.of();
    }

    /** Any attribute value as plain Java: strings, numbers, booleans, lists and maps (keys sorted); null for NULL. */
    static Object plain(AttributeValue v) {
        if (v == null || Boolean.TRUE.equals(v.nul())) {
            return null;
        }
        if (v.s() != null) {
            return v.s();
        }
        if (v.n() != null) {
            return number(v.n());
        }
        if (v.bool() != null) {
            return v.bool();
        }
        if (v.hasL()) {
            List<Object> out = new ArrayList<>();
            v.l().forEach(e -> out.add(plain(e)));
            return out;
        }
        if (v.hasM()) {
            Map<String, Object> out = new TreeMap<>();
            v.m().forEach((k, e) -> out.put(k, plain(e)));
            return out;
        }
        if (v.hasSs()) {
            return v.ss().stream().sorted().toList();
        }
        if (v.hasNs()) {
            return v.ns().stream().map(ItemReads::number).toList();
        }
        return null; // binary values: none of the person's data is stored as bytes
    }

    private static Number number(String n) {
        BigDecimal d = new BigDecimal(n);
        try {
            return d.longValueExact();
        } catch (ArithmeticException fractional) {
            return d;
        }
    }
}
