package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.GeneratedServiceMetadataProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The lean service metadata (shared's GeneratedServiceMetadataProvider, in place of the SDK's) answers for every
 * client reminders adds to shared's (SES, SQS, Secrets Manager) with the SDK's own metadata.
 */
class ServiceMetadataCoverageTest {
    private static final List<String> CLIENTS = List.of(SesV2Client.SERVICE_METADATA_ID, SqsClient.SERVICE_METADATA_ID,
            SecretsManagerClient.SERVICE_METADATA_ID);

    @Test
    void theLeanProviderIsTheOneInUse() {
        String where = GeneratedServiceMetadataProvider.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(where.contains("shared"), "loaded from " + where);
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
}
