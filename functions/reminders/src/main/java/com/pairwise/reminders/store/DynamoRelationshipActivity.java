package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.RelationshipActivity;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One item per relationship in its own partition (PK=REL#id, SK=ACTIVITY) with GSI2 keys IDLE#programId /
 * lastActivity#id: the program's relationships sorted by last activity, so "idle for N days" is one Query that reads
 * the idle ones only. An ended relationship keeps a marker without GSI2 keys, so a late event cannot revive it, and
 * without participants, so an erased person's id does not outlive the relationship matching ends on erasure.
 */
public final class DynamoRelationshipActivity implements RelationshipActivity {
    private final PairwiseTable table;

    public DynamoRelationshipActivity(PairwiseTable table) {
        this.table = table;
    }

    @Override
    public void touched(String relationshipId, String programId, List<String> participants, Instant at) {
        long millis = at.toEpochMilli();
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name()).key(key(relationshipId))
                    .updateExpression("SET #type = :type, programId = :p, participants = :who, lastActivity = :t, "
                            + "GSI2PK = :gpk, GSI2SK = :gsk")
                    .conditionExpression("attribute_not_exists(ended) AND (attribute_not_exists(lastActivity) OR lastActivity < :t)")
                    .expressionAttributeNames(Map.of("#type", "type"))
                    .expressionAttributeValues(Map.of(":type", s("relationship-activity"), ":p", s(programId),
                            ":who", AttributeValue.fromL(participants.stream().map(DynamoRelationshipActivity::s).toList()),
                            ":t", AttributeValue.fromN(Long.toString(millis)),
                            ":gpk", s(ReminderKeys.idle(programId)), ":gsk", s(ReminderKeys.idleSort(millis, relationshipId)))));
        } catch (ConditionalCheckFailedException laterOrEnded) {
            // A later activity is recorded already, or the relationship ended: nothing to change.
        }
    }

    @Override
    public void ended(String relationshipId) {
        table.dynamo().updateItem(b -> b.tableName(table.name()).key(key(relationshipId))
                .updateExpression("SET #type = :type, ended = :yes REMOVE GSI2PK, GSI2SK, participants")
                .expressionAttributeNames(Map.of("#type", "type"))
                .expressionAttributeValues(Map.of(":type", s("relationship-activity"), ":yes", AttributeValue.fromBool(true))));
    }

    @Override
    public List<Idle> idleSince(String programId, Instant before, int limit) {
        List<Idle> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = table.dynamo().query(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI2)
                    .keyConditionExpression("GSI2PK = :p AND GSI2SK < :before")
                    .expressionAttributeValues(Map.of(":p", s(ReminderKeys.idle(programId)),
                            ":before", s(Keys.digits(before.toEpochMilli(), 13))))
                    .limit(limit - out.size()).exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> item : page.items()) {
                out.add(new Idle(item.get(TableDefinition.PK).s().substring(Keys.RELATIONSHIP_PREFIX.length()),
                        item.get("participants").l().stream().map(AttributeValue::s).toList(),
                        Instant.ofEpochMilli(Long.parseLong(item.get("lastActivity").n()))));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && out.size() < limit);
        return out;
    }

    private static Map<String, AttributeValue> key(String relationshipId) {
        return Map.of(TableDefinition.PK, s(Keys.relationship(relationshipId)), TableDefinition.SK, s(ReminderKeys.ACTIVITY_SK));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }
}
