package com.pairwise.shared.store;

import com.pairwise.shared.model.UnmatchedPerson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * People a committed run left unmatched, waiting for a freed place: PK=PROGRAM#id, SK=UNMATCHED#user; GSI2
 * UNMATCHED#programId / since#user lists them oldest first. Starting a relationship removes the entry in the same
 * transaction ({@link RelationshipStore}).
 */
public final class WaitlistStore {
    private final PairwiseTable table;

    public WaitlistStore(PairwiseTable table) {
        this.table = table;
    }

    /** One waiting person, with the rule that kept them out and since when they wait. */
    public record Waiting(String userId, String rule, String reason, Instant since) {
    }

    public void put(String programId, UnmatchedPerson person, Instant since) {
        table.dynamo().putItem(b -> b.tableName(table.name()).item(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.unmatched(person.userId())),
                TableDefinition.GSI2_PK, AttributeValue.fromS(Keys.programUnmatched(programId)),
                TableDefinition.GSI2_SK, AttributeValue.fromS(since + "#" + person.userId()),
                "type", AttributeValue.fromS("unmatched"),
                "userId", AttributeValue.fromS(person.userId()),
                "rule", AttributeValue.fromS(person.rule()),
                "reason", AttributeValue.fromS(person.reason()),
                "since", AttributeValue.fromS(since.toString()))));
    }

    /** Everyone waiting in a program, longest-waiting first (GSI2). */
    public List<Waiting> list(String programId) {
        List<Waiting> out = new ArrayList<>();
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI2)
                        .keyConditionExpression("GSI2PK = :w")
                        .expressionAttributeValues(Map.of(":w", AttributeValue.fromS(Keys.programUnmatched(programId)))).build())
                .items().forEach(i -> out.add(new Waiting(i.get("userId").s(), i.get("rule").s(), i.get("reason").s(),
                        Instant.parse(i.get("since").s()))));
        return out;
    }

    public void remove(String programId, String userId) {
        table.dynamo().deleteItem(b -> b.tableName(table.name()).key(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.unmatched(userId)))));
    }
}
