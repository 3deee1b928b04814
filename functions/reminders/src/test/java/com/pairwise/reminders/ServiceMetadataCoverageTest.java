package com.pairwise.reminders;

import com.pairwise.testing.LeanServiceMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The lean service metadata (shared's GeneratedServiceMetadataProvider, in place of the SDK's) answers for every
 * client reminders adds to shared's (SES, SQS, Secrets Manager) with the SDK's own metadata.
 */
class ServiceMetadataCoverageTest {
    @Test
    void theLeanProviderIsTheOneInUse() {
        LeanServiceMetadata.assertInUse();
    }

    @Test
    void everyClientsServiceHasTheSdksOwnMetadata() {
        LeanServiceMetadata.assertCovers(List.of(SesV2Client.SERVICE_METADATA_ID, SqsClient.SERVICE_METADATA_ID,
                SecretsManagerClient.SERVICE_METADATA_ID));
    }
}
