package com.pairwise.dynamodblocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class EmbeddedDynamoDbTest {

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }

    private static void createTable(DynamoDbClient c) {
        c.createTable(b -> b.tableName("things")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("owner").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName("byOwner")
                        .keySchema(KeySchemaElement.builder().attributeName("owner").keyType(KeyType.HASH).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
    }

    @Test
    void inMemoryCrudGsiAndTransactions() {
        long t0 = System.nanoTime();
        EmbeddedDynamoDb ddb = EmbeddedDynamoDb.inMemory();
        System.out.printf("EmbeddedDynamoDb started in %d ms at %s%n",
                (System.nanoTime() - t0) / 1_000_000, ddb.endpoint());
        int port;
        try (ddb) {
            port = ddb.port();
            assertEquals("127.0.0.1", ddb.endpoint().getHost());
            assertTrue(ddb.isInMemory());
            DynamoDbClient c = ddb.client();

            createTable(c);
            assertTrue(c.listTables().tableNames().contains("things"));

            c.putItem(b -> b.tableName("things").item(Map.of("pk", s("a"), "owner", s("alice"), "n", s("1"))));
            assertEquals("alice", c.getItem(b -> b.tableName("things").key(Map.of("pk", s("a"))))
                    .item().get("owner").s());

            // TransactWriteItems: put + conditional update in one transaction
            c.transactWriteItems(b -> b.transactItems(
                    t -> t.put(p -> p.tableName("things")
                            .item(Map.of("pk", s("b"), "owner", s("alice")))
                            .conditionExpression("attribute_not_exists(pk)")),
                    t -> t.update(u -> u.tableName("things")
                            .key(Map.of("pk", s("a")))
                            .updateExpression("SET n = :two")
                            .conditionExpression("n = :one")
                            .expressionAttributeValues(Map.of(":one", s("1"), ":two", s("2"))))));
            assertEquals("2", c.getItem(b -> b.tableName("things").key(Map.of("pk", s("a"))))
                    .item().get("n").s());

            // failing condition cancels the whole transaction
            assertThrows(TransactionCanceledException.class, () -> c.transactWriteItems(b -> b.transactItems(
                    t -> t.put(p -> p.tableName("things").item(Map.of("pk", s("c"), "owner", s("bob")))),
                    t -> t.conditionCheck(cc -> cc.tableName("things").key(Map.of("pk", s("a")))
                            .conditionExpression("n = :x")
                            .expressionAttributeValues(Map.of(":x", s("nope")))))));
            assertFalse(c.getItem(b -> b.tableName("things").key(Map.of("pk", s("c")))).hasItem());

            assertThrows(ConditionalCheckFailedException.class, () -> c.putItem(b -> b.tableName("things")
                    .item(Map.of("pk", s("a"), "owner", s("x"))).conditionExpression("attribute_not_exists(pk)")));

            QueryResponse q = c.query(b -> b.tableName("things").indexName("byOwner")
                    .keyConditionExpression("#o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":o", s("alice"))));
            assertEquals(2, q.count());
        }
        assertFalse(isListening(port), "server should be stopped after close()");
    }

    @Test
    void persistentModeKeepsDataAcrossRestart(@TempDir Path dir) {
        try (EmbeddedDynamoDb ddb = EmbeddedDynamoDb.persistent(dir)) {
            assertEquals(dir.toAbsolutePath().normalize(), ddb.dataDirectory().orElseThrow());
            createTable(ddb.client());
            ddb.client().putItem(b -> b.tableName("things").item(Map.of("pk", s("k"), "owner", s("carol"))));
        }
        assertTrue(Files.exists(dir.resolve("shared-local-instance.db")));
        try (EmbeddedDynamoDb ddb = EmbeddedDynamoDb.persistent(dir)) {
            assertEquals("carol", ddb.client().getItem(b -> b.tableName("things").key(Map.of("pk", s("k"))))
                    .item().get("owner").s());
        }
    }

    @Test
    void twoInstancesSideBySide() {
        try (EmbeddedDynamoDb a = EmbeddedDynamoDb.inMemory(); EmbeddedDynamoDb b = EmbeddedDynamoDb.inMemory()) {
            assertFalse(a.port() == b.port());
            createTable(a.client());
            assertTrue(b.client().listTables().tableNames().isEmpty());
        }
    }

    private static boolean isListening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
