package com.pairwise.benchmarks.lambda;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB Local's own round trips, of the kinds the functions make, on items of their own ({@code BENCH#...}) that
 * no function reads. The function JVMs time them as the floor under a warm figure; the benchmark runs them beforehand
 * so that DynamoDB Local's own warm-up (its request path is interpreted at first, like any fresh JVM's) is not
 * counted in the first function's cold start.
 */
public final class DynamoDbLocalRoundTrips {
    private static final Map<String, AttributeValue> MISSING = item("BENCH#none", "BENCH#none");

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbLocalRoundTrips(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** A consistent GetItem of an item that is not there. */
    public void getItem() {
        dynamo.getItem(b -> b.tableName(table).key(MISSING).consistentRead(true));
    }

    /** A consistent Query of a partition that is empty. */
    public void query() {
        dynamo.query(b -> b.tableName(table).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("BENCH#none"))).consistentRead(true));
    }

    /**
     * A Query of an empty partition of a global secondary index below a sort-key bound, as the reminder run reads
     * each shard of its due index (GSI2, a page limit, consumed capacity returned).
     */
    public void indexQuery() {
        dynamo.query(b -> b.tableName(table).indexName("GSI2").keyConditionExpression("GSI2PK = :p AND GSI2SK < :upper")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("BENCH#none"),
                        ":upper", AttributeValue.fromS(Long.toString(System.currentTimeMillis()))))
                .limit(500).returnConsumedCapacity("TOTAL"));
    }

    /** The shape of a sign-up's transaction: a new item under a condition, a new marker, two counters bumped. */
    public void transactWrite4() {
        String id = "BENCH#" + System.nanoTime();
        dynamo.transactWriteItems(b -> b.transactItems(
                w -> w.put(p -> p.tableName(table).item(item(id, "ITEM")).conditionExpression("attribute_not_exists(PK)")),
                w -> w.put(p -> p.tableName(table).item(item(id, "MARKER"))),
                w -> w.update(u -> u.tableName(table).key(item("BENCH#counters", "COUNTS"))
                        .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))),
                w -> w.update(u -> u.tableName(table).key(item("BENCH#counters", "VERSION"))
                        .updateExpression("ADD v :one").expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))));
    }

    /** A conditional PutItem, an UpdateItem and a DeleteItem of one item, as an outbox entry or a plain edit goes. */
    public void putUpdateDelete() {
        Map<String, AttributeValue> key = item("BENCH#" + System.nanoTime(), "ITEM");
        dynamo.putItem(b -> b.tableName(table).item(key).conditionExpression("attribute_not_exists(PK)"));
        dynamo.updateItem(b -> b.tableName(table).key(key).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("edited"))));
        dynamo.deleteItem(b -> b.tableName(table).key(key));
    }

    private static Map<String, AttributeValue> item(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }
}
