package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final List<String> CLIENTS = List.of(DynamoDbClient.SERVICE_METADATA_ID,
            EventBridgeClient.SERVICE_METADATA_ID);

    @Test
    void theLeanProviderIsTheOneInUse() {
        String where = GeneratedServiceMetadataProvider.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(where.contains("shared/target/classes"), "loaded from " + where);
    }

    @Test
    void everyClientsServiceHasTheSdksOwnMetadata() {
        GeneratedServiceMetadataProvider provider = new GeneratedServiceMetadataProvider();
        for (String id : CLIENTS) {
            ServiceMetadata metadata = provider.serviceMetadata(id);
            assertTrue(metadata != null && metadata.getClass().getName().startsWith("software.amazon.awssdk.regions.servicemetadata."),
                    id + ": " + metadata);
            assertEquals(Region.EU_WEST_1, ServiceMetadata.of(id).signingRegion(Region.EU_WEST_1), id);
        }
    }

    @Test
    void anyOtherServiceFallsBackToTheSdksGenericMetadata() {
        assertNull(new GeneratedServiceMetadataProvider().serviceMetadata("s3"));
        assertEquals("software.amazon.awssdk.regions.DefaultServiceMetadata", ServiceMetadata.of("s3").getClass().getName());
        assertEquals(Region.US_EAST_1, ServiceMetadata.of("s3").signingRegion(Region.US_EAST_1));
    }
}
