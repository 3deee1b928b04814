package com.pairwise.shared.store;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The table and its typed views, built once per process (schemas are static and reflection-free).
 * Enhanced-client tables serve reads and plain writes; counters and multi-item writes go through the low-level
 * client's TransactWriteItems, because atomic ADD with conditions is not expressible through item mapping.
 */
public final class PairwiseTable {
    private final DynamoDbClient dynamo;
    private final String name;
    final DynamoDbTable<ProgramItem> programs;
    final DynamoDbTable<RegistrationItem> registrations;
    final DynamoDbTable<RelationshipItem> relationships;
    final DynamoDbTable<MatchRequestItem> matchRequests;

    public PairwiseTable(DynamoDbClient dynamo, String name) {
        this.dynamo = dynamo;
        this.name = name;
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
        this.programs = enhanced.table(name, ProgramItem.SCHEMA);
        this.registrations = enhanced.table(name, RegistrationItem.SCHEMA);
        this.relationships = enhanced.table(name, RelationshipItem.SCHEMA);
        this.matchRequests = enhanced.table(name, MatchRequestItem.SCHEMA);
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public String name() {
        return name;
    }
}
