package com.pairwise.testing;

import com.pairwise.dynamodblocal.EmbeddedDynamoDb;

/** One in-memory DynamoDB Local per test JVM: starting it costs seconds, so every test class of a module shares it. */
public final class SharedDynamoDb {
    private static EmbeddedDynamoDb instance;

    private SharedDynamoDb() {
    }

    public static synchronized EmbeddedDynamoDb instance() {
        if (instance == null) {
            instance = EmbeddedDynamoDb.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }
}
