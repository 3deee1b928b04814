package com.pairwise.shared.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.http.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Takes an erased person out of a program's matching runs: every run (GSI2 {@code RUNS#programId}) and every item of
 * each run (its partition, a page at a time) that names them gets the pseudonym instead; the score reasons of their
 * proposed pairs (which quote goals and skills) and the words explaining why they were unmatched or could not start
 * go. Each rewrite is conditional on the item being as read, and an item naming them no more is left alone, so a
 * redelivered or resumed erasure changes nothing twice and a concurrent writer is never overwritten.
 */
final class RunErasureStore {
    private static final int PAGE = 25;
    private static final int ATTEMPTS = 3;
    private static final String CHUNK = Keys.RUN_CHUNK_PREFIX;
    private static final String PLAN = "PLAN#";
    private static final String FAILED = "FAILED#";

    private final PairwiseTable table;

    RunErasureStore(PairwiseTable table) {
        this.table = table;
    }

    /** @return how many run items were rewritten (0 on a redelivery) */
    int pseudonymise(String programId, PersonErased erasure) {
        int[] rewritten = {0};
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI2)
                        .keyConditionExpression("GSI2PK = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.programRuns(programId))))
                        .projectionExpression("PK").limit(PAGE).build())
                .items().forEach(run -> rewritten[0] += pseudonymiseRun(run.get(TableDefinition.PK).s(), erasure));
        return rewritten[0];
    }

    private int pseudonymiseRun(String partition, PersonErased erasure) {
        int[] rewritten = {0};
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).consistentRead(true)
                        .keyConditionExpression("PK = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition))).limit(PAGE).build())
                .items().forEach(item -> {
                    if (rewrite(item, erasure)) {
                        rewritten[0]++;
                    }
                });
        return rewritten[0];
    }

    /** Rewrites one item if it names the person; re-reads and tries again when it changed meanwhile. */
    private boolean rewrite(Map<String, AttributeValue> read, PersonErased erasure) {
        Map<String, AttributeValue> item = read;
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> erased = erased(item, erasure);
            if (erased == null) {
                return false;
            }
            try {
                put(erased, item);
                return true;
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
                Map<String, AttributeValue> key = Map.of(TableDefinition.PK, item.get(TableDefinition.PK), TableDefinition.SK, item.get(TableDefinition.SK));
                item = table.dynamo().getItem(b -> b.tableName(table.name()).consistentRead(true).key(key)).item();
                if (item == null || item.isEmpty()) {
                    return false;
                }
            }
        }
    }

    /**
     * Writes the rewritten item only if the attributes the rewrite read are still as read. The run item is updated in
     * place rather than replaced, since its job may be moving its progress at the same moment.
     */
    private void put(Map<String, AttributeValue> erased, Map<String, AttributeValue> read) {
        List<String> names = sk(read).equals(Keys.RUN_SK) ? List.of("createdBy", "commitBy")
                : sk(read).startsWith(FAILED) ? List.of("mentorId", "menteeId") : List.of("data");
        Map<String, String> attributeNames = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!read.containsKey(names.get(i))) {
                continue;
            }
            attributeNames.put("#a" + i, names.get(i));
            values.put(":old" + i, read.get(names.get(i)));
            values.put(":new" + i, erased.get(names.get(i)));
            conditions.add("#a" + i + " = :old" + i);
            sets.add("#a" + i + " = :new" + i);
        }
        if (erased.containsKey("reason")) {
            attributeNames.put("#r", "reason");
            values.put(":r", erased.get("reason"));
            sets.add("#r = :r");
        }
        Map<String, AttributeValue> key = Map.of(TableDefinition.PK, read.get(TableDefinition.PK), TableDefinition.SK, read.get(TableDefinition.SK));
        table.dynamo().updateItem(b -> b.tableName(table.name()).key(key)
                .updateExpression("SET " + String.join(", ", sets)).conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(attributeNames).expressionAttributeValues(values));
    }

    private static String sk(Map<String, AttributeValue> item) {
        return item.get(TableDefinition.SK).s();
    }

    /** The item with the person replaced, or null when it does not name them. */
    static Map<String, AttributeValue> erased(Map<String, AttributeValue> item, PersonErased erasure) {
        String sk = sk(item);
        Map<String, AttributeValue> out = new HashMap<>(item);
        boolean changed;
        if (sk.equals(Keys.RUN_SK)) {
            changed = replace(out, "createdBy", erasure) | replace(out, "commitBy", erasure);
        } else if (sk.startsWith(FAILED)) {
            changed = replace(out, "mentorId", erasure) | replace(out, "menteeId", erasure);
            if (changed) {
                out.put("reason", AttributeValue.fromS(MatchingErasureStore.ERASED_REASON));
            }
        } else if (sk.startsWith(CHUNK) || sk.startsWith(PLAN)) {
            JsonNode data = read(item.get("data").s());
            changed = sk.startsWith(CHUNK) ? eraseChunk(data, erasure) : erasePlan(data, erasure);
            out.put("data", AttributeValue.fromS(JsonTree.write(data)));
        } else {
            changed = false; // COMMITTED#: pair and relationship ids only
        }
        return changed ? out : null;
    }

    private static boolean replace(Map<String, AttributeValue> item, String name, PersonErased erasure) {
        AttributeValue v = item.get(name);
        if (v == null || !erasure.personId().equals(v.s())) {
            return false;
        }
        item.put(name, AttributeValue.fromS(erasure.pseudonym()));
        return true;
    }

    private static boolean eraseChunk(JsonNode data, PersonErased erasure) {
        boolean changed = false;
        for (JsonNode p : data.path("pairs")) {
            ObjectNode pair = (ObjectNode) p;
            boolean names = replace(pair, "mentorId", erasure) | replace(pair, "menteeId", erasure);
            if (names) {
                pair.putArray("reasons");
                changed = true;
            }
        }
        for (JsonNode u : data.path("unmatched")) {
            ObjectNode unmatched = (ObjectNode) u;
            if (replace(unmatched, "userId", erasure)) {
                unmatched.put("reason", MatchingErasureStore.ERASED_REASON);
                changed = true;
            }
        }
        return changed;
    }

    /** A plan is an array of [pairId, mentorId, menteeId]. */
    private static boolean erasePlan(JsonNode data, PersonErased erasure) {
        boolean changed = false;
        for (JsonNode p : data) {
            ArrayNode pair = (ArrayNode) p;
            for (int i = 1; i < pair.size(); i++) {
                if (erasure.personId().equals(pair.get(i).asText())) {
                    pair.set(i, TextNode.valueOf(erasure.pseudonym()));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static boolean replace(ObjectNode o, String field, PersonErased erasure) {
        if (!erasure.personId().equals(o.path(field).asText(null))) {
            return false;
        }
        o.put(field, erasure.pseudonym());
        return true;
    }

    private static JsonNode read(String text) {
        try {
            return JsonTree.read(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
