package com.pairwise.shared.store;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Clients for functions running on Lambda, configured from the environment the stack sets. The lightweight
 * URL-connection HTTP client and environment credentials keep cold starts short.
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
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .region(Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1")));
        String endpoint = System.getenv("DYNAMODB_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
