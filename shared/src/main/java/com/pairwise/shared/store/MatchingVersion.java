package com.pairwise.shared.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A program's matching version (PK=PROGRAM#id, SK=MATCHVERSION, attribute {@code version}): a counter every write
 * that changes who may be suggested to whom bumps in its own transaction (registrations and profiles, including
 * capacity; relationships starting, growing and ending). A process that keeps a program's candidates in memory reads
 * it with one GetItem and rebuilds when it moved, so it never serves a withdrawn or full mentor.
 */
public final class MatchingVersion {
    static final String SK = "MATCHVERSION";

    private final PairwiseTable table;

    public MatchingVersion(PairwiseTable table) {
        this.table = table;
    }

    /** The program's current version (0 before any change); a consistent read. */
    public long current(String programId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name()).key(key(programId))
                .consistentRead(true)).item();
        AttributeValue v = item == null ? null : item.get("version");
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    static TransactWriteItem bump(String table, String programId) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(programId))
                .updateExpression("ADD #v :one SET #type = :type")
                .expressionAttributeNames(Map.of("#v", "version", "#type", "type"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":type", AttributeValue.fromS("matchingVersion")))
                .build()).build();
    }

    private static Map<String, AttributeValue> key(String programId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)), TableDefinition.SK, AttributeValue.fromS(SK));
    }
}
