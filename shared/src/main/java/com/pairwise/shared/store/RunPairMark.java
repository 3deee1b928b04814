package com.pairwise.shared.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Records, in the transaction that starts a run's proposed pair, that the pair is committed (PK=RUN#id,
 * SK=COMMITTED#pairId, written only if absent): two commit workers on one run can never start the same pair twice.
 */
public record RunPairMark(String runId, String commitId, String pairId) {
    static final String COMMITTED = "COMMITTED#";
    /** The conflict code when another worker committed the pair first. */
    public static final String PAIR_COMMITTED = "pair-committed";

    GuardedWrite guard(String table, String relationshipId) {
        return GuardedWrite.guarded(TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of(
                                TableDefinition.PK, AttributeValue.fromS(Keys.matchingRun(runId)),
                                TableDefinition.SK, AttributeValue.fromS(COMMITTED + pairId),
                                "type", AttributeValue.fromS("committedPair"),
                                "commitId", AttributeValue.fromS(commitId),
                                "relationshipId", AttributeValue.fromS(relationshipId)))
                        .conditionExpression("attribute_not_exists(PK)").build()).build(),
                PAIR_COMMITTED, "this pair was committed already");
    }
}
