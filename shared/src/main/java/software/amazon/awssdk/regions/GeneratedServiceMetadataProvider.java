package software.amazon.awssdk.regions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.servicemetadata.DynamodbServiceMetadata;
import software.amazon.awssdk.regions.servicemetadata.EmailServiceMetadata;
import software.amazon.awssdk.regions.servicemetadata.EventsServiceMetadata;
import software.amazon.awssdk.regions.servicemetadata.SecretsmanagerServiceMetadata;
import software.amazon.awssdk.regions.servicemetadata.SqsServiceMetadata;

/**
 * Stands in for the SDK's class of the same name in the function jars (the parent pom's shade filter drops the
 * SDK's copy). The SDK's version builds the metadata of all ~400 AWS services, one class each, the first time any
 * client is built: 100-200 ms of every cold start (aws/aws-sdk-java-v2#3664). This one knows the services the
 * functions call, builds each on first use with the SDK's own generated metadata, and leaves any other service to
 * the SDK's generic metadata, as the SDK does for a service it does not list.
 *
 * <p>ServiceMetadataCoverageTest fails when a function builds a client for a service missing here.
 */
public final class GeneratedServiceMetadataProvider implements ServiceMetadataProvider {
    /** Keyed by the clients' SERVICE_METADATA_ID. */
    private static final Map<String, Supplier<ServiceMetadata>> KNOWN = Map.of(
            "dynamodb", DynamodbServiceMetadata::new,
            "events", EventsServiceMetadata::new,
            "email", EmailServiceMetadata::new,
            "sqs", SqsServiceMetadata::new,
            "secretsmanager", SecretsmanagerServiceMetadata::new);

    private final Map<String, ServiceMetadata> built = new ConcurrentHashMap<>();

    @Override
    public ServiceMetadata serviceMetadata(String endpointPrefix) {
        Supplier<ServiceMetadata> known = KNOWN.get(endpointPrefix);
        return known == null ? null : built.computeIfAbsent(endpointPrefix, p -> known.get());
    }
}
