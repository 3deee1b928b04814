package com.pairwise.shared.store;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one Pairwise table: generic key attributes so every entity shares it (single-table design).
 * The CDK stack declares the same keys and indexes; docs/data-model.md says which access pattern uses which.
 */
public final class TableDefinition {
    public static final String PK = "PK";
    public static final String SK = "SK";
    /** User-centric and listing index: a person's registrations and coordinator roles; all programs by creation. */
    public static final String GSI1 = "GSI1";
    public static final String GSI1_PK = "GSI1PK";
    public static final String GSI1_SK = "GSI1SK";
    /** Sparse index of waitlisted registrations per program, oldest first. */
    public static final String GSI2 = "GSI2";
    public static final String GSI2_PK = "GSI2PK";
    public static final String GSI2_SK = "GSI2SK";

    public static final List<String> INDEXES = List.of(GSI1, GSI2);

    private TableDefinition() {
    }

    /** Creates the table as the CDK stack does; used by the local runner and the tests. Idempotent. */
    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        try {
            dynamo.createTable(CreateTableRequest.builder()
                    .tableName(tableName)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            stringAttribute(PK), stringAttribute(SK),
                            stringAttribute(GSI1_PK), stringAttribute(GSI1_SK),
                            stringAttribute(GSI2_PK), stringAttribute(GSI2_SK))
                    .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                    .globalSecondaryIndexes(index(GSI1, GSI1_PK, GSI1_SK), index(GSI2, GSI2_PK, GSI2_SK))
                    .build());
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        } catch (ResourceInUseException alreadyThere) {
            // Created by an earlier run of the local runner: keep its data.
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static GlobalSecondaryIndex index(String name, String pk, String sk) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(key(pk, KeyType.HASH), key(sk, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }
}
