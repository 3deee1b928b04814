package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.pairwise.testing.LeanServiceMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.GeneratedServiceMetadataProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The lean service metadata (this module's GeneratedServiceMetadataProvider, in place of the SDK's) answers for the
 * clients built here (DynamoDB, EventBridge) with the SDK's own metadata; reminders checks the clients it adds.
 */
class ServiceMetadataCoverageTest {
    @Test
    void theLeanProviderIsTheOneInUse() {
        LeanServiceMetadata.assertInUse();
    }

    @Test
    void everyClientsServiceHasTheSdksOwnMetadata() {
        LeanServiceMetadata.assertCovers(List.of(DynamoDbClient.SERVICE_METADATA_ID, EventBridgeClient.SERVICE_METADATA_ID));
    }

    @Test
    void anyOtherServiceFallsBackToTheSdksGenericMetadata() {
        assertNull(new GeneratedServiceMetadataProvider().serviceMetadata("s3"));
        assertEquals("software.amazon.awssdk.regions.DefaultServiceMetadata", ServiceMetadata.of("s3").getClass().getName());
        assertEquals(Region.US_EAST_1, ServiceMetadata.of("s3").signingRegion(Region.US_EAST_1));
    }
}
