package com.pairwise.shared.store;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * How many mentees a mentor currently has in one program (PK=PROGRAM#id, SK=LOAD#mentor, attribute {@code load}).
 * Changed only with atomic ADD in the same transaction as the relationship, and when it grows, only while the
 * result stays within the mentor's capacity: the condition is what makes simultaneous accepts safe.
 */
final class MentorLoadItem {
    static final String LOAD = "load";

    private MentorLoadItem() {
    }

    static Map<String, AttributeValue> key(String programId, String mentorId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.mentorLoad(mentorId)));
    }

    /**
     * Adds {@code delta} mentees; with {@code capacity} non-null and delta positive, only if the load afterwards is
     * at most the capacity.
     */
    static TransactWriteItem add(String table, String programId, String mentorId, int delta, Integer capacity) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":d", AttributeValue.fromN(Integer.toString(delta)));
        values.put(":m", AttributeValue.fromS(mentorId));
        Update.Builder update = Update.builder().tableName(table).key(key(programId, mentorId))
                .updateExpression("ADD #load :d SET mentorId = :m, #type = :type")
                .expressionAttributeNames(Map.of("#load", LOAD, "#type", "type"));
        values.put(":type", AttributeValue.fromS("mentorLoad"));
        if (capacity != null && delta > 0) {
            values.put(":limit", AttributeValue.fromN(Integer.toString(capacity - delta)));
            update.conditionExpression("attribute_not_exists(#load) OR #load <= :limit");
        }
        return TransactWriteItem.builder().update(update.expressionAttributeValues(values).build()).build();
    }

    static int load(Map<String, AttributeValue> item) {
        AttributeValue v = item == null ? null : item.get(LOAD);
        return v == null || v.n() == null ? 0 : Math.max(0, Integer.parseInt(v.n()));
    }
}
