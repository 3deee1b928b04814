package com.pairwise.matching;

import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.util.concurrent.atomic.AtomicInteger;

/** DynamoDB Local, started once per test JVM; every call gives a fresh table so tests never see each other's data. */
public final class TestTables {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static EmbeddedDynamoDb dynamo;

    private TestTables() {
    }

    public static PairwiseTable fresh() {
        String name = "pairwise-matching-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(database().client(), name);
        return new PairwiseTable(database().client(), name);
    }

    private static synchronized EmbeddedDynamoDb database() {
        if (dynamo == null) {
            dynamo = EmbeddedDynamoDb.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
        }
        return dynamo;
    }
}
