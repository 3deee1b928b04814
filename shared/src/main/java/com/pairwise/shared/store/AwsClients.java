package com.pairwise.shared.store;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Clients for functions running on Lambda, configured from the environment the stack sets. The lightweight
 * URL-connection HTTP client and one explicit credentials provider (no default chain probing profile files and
 * instance metadata) keep cold starts short.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static String tableName() {
        String name = System.getenv("TABLE_NAME");
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("TABLE_NAME is not set");
        }
        return name;
    }

    public static DynamoDbClient dynamoDb() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(httpClient())
                .credentialsProvider(credentials())
                .region(region());
        String endpoint = System.getenv("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /**
     * For every client a function builds: the lightweight URL-connection client (no Apache, no Netty), whose TLS
     * context is the JDK's default, built on first use ({@link JdkConnections}).
     */
    public static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.create(new JdkConnections());
    }

    /** The function's region, which Lambda sets (AWS_REGION): no provider chain to probe. */
    public static Region region() {
        return Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1"));
    }

    /**
     * For every client a function builds (DynamoDB, EventBridge, SES, SQS, Secrets Manager). With SnapStart, Lambda hands out credentials through the container credentials endpoint
     * ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}) instead of access key variables, so keys captured in a snapshot
     * never go stale; without SnapStart (and locally) the access key variables are set.
     */
    public static AwsCredentialsProvider credentials() {
        String containerUri = System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (containerUri != null && !containerUri.isBlank()) {
            return ContainerCredentialsProvider.builder().build();
        }
        return EnvironmentVariableCredentialsProvider.create();
    }
}
