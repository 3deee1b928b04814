package com.pairwise.shared.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A program's matching versions (PK=PROGRAM#id, SK=MATCHVERSION): two counters the writes that change who may be
 * suggested to whom bump in their own transaction: {@code registrations} (sign-ups, profile and capacity edits,
 * withdrawals, promotions) and {@code relationships} (starts, joins, ends: mentors' loads and who is matched). A
 * process that keeps a program's candidates in memory reads them with one GetItem per request and reloads what moved,
 * so it never serves a withdrawn or full mentor.
 */
public final class MatchingVersion {
    static final String SK = "MATCHVERSION";
    private static final String REGISTRATIONS = "registrations";
    private static final String RELATIONSHIPS = "relationships";

    private final PairwiseTable table;

    public MatchingVersion(PairwiseTable table) {
        this.table = table;
    }

    /** Both counters, 0 before any change. */
    public record Versions(long registrations, long relationships) {
    }

    /** The program's current versions; a consistent read. */
    public Versions current(String programId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name()).key(key(programId))
                .consistentRead(true)).item();
        return new Versions(number(item, REGISTRATIONS), number(item, RELATIONSHIPS));
    }

    static TransactWriteItem registrationsChanged(String table, String programId) {
        return bump(table, programId, REGISTRATIONS);
    }

    static TransactWriteItem relationshipsChanged(String table, String programId) {
        return bump(table, programId, RELATIONSHIPS);
    }

    private static TransactWriteItem bump(String table, String programId, String counter) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(programId))
                .updateExpression("ADD #v :one SET #type = :type")
                .expressionAttributeNames(Map.of("#v", counter, "#type", "type"))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"), ":type", AttributeValue.fromS("matchingVersion")))
                .build()).build();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item == null ? null : item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    private static Map<String, AttributeValue> key(String programId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)), TableDefinition.SK, AttributeValue.fromS(SK));
    }
}
