package com.pairwise.matching;

import com.pairwise.testing.SharedDynamoDb;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local, started once per test JVM; every call gives a fresh table so tests never see each other's data. */
public final class TestTables {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private TestTables() {
    }

    public static PairwiseTable fresh() {
        String name = "pairwise-matching-test-" + TABLES.incrementAndGet();
        TableDefinition.createIfMissing(database().client(), name);
        return new PairwiseTable(database().client(), name);
    }

    /**
     * A fresh table whose client runs {@code hook} around each of its calls, so a test can slip a write in between a
     * reader's own calls (the database stays the real DynamoDB Local).
     */
    public static PairwiseTable fresh(ExecutionInterceptor hook) {
        PairwiseTable plain = fresh();
        DynamoDbClient hooked = DynamoDbClient.builder()
                .endpointOverride(database().endpoint())
                .region(EmbeddedDynamoDb.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedDynamoDb.ACCESS_KEY_ID, EmbeddedDynamoDb.SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(o -> o.addExecutionInterceptor(hook))
                .build();
        return new PairwiseTable(hooked, plain.name());
    }

    private static synchronized EmbeddedDynamoDb database() {
        return SharedDynamoDb.instance();
    }
}
