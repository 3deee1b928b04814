package com.pairwise.testing;

import java.util.List;
import software.amazon.awssdk.regions.GeneratedServiceMetadataProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

/**
 * Checks on shared's lean GeneratedServiceMetadataProvider (it replaces the SDK's class of that name in the function
 * jars): that it is the one loaded, and that it answers for a module's clients with the SDK's own metadata.
 * Plain AssertionErrors: test-support does not depend on JUnit.
 */
public final class LeanServiceMetadata {
    private LeanServiceMetadata() {
    }

    public static void assertInUse() {
        String where = GeneratedServiceMetadataProvider.class.getProtectionDomain().getCodeSource().getLocation().toString();
        if (!where.contains("shared")) {
            throw new AssertionError("the SDK's provider is loaded, not shared's: " + where);
        }
    }

    /** @param serviceMetadataIds the clients' SERVICE_METADATA_ID constants */
    public static void assertCovers(List<String> serviceMetadataIds) {
        GeneratedServiceMetadataProvider provider = new GeneratedServiceMetadataProvider();
        for (String id : serviceMetadataIds) {
            ServiceMetadata metadata = provider.serviceMetadata(id);
            if (metadata == null || !metadata.getClass().getName().startsWith("software.amazon.awssdk.regions.servicemetadata.")) {
                throw new AssertionError(id + ": not the SDK's own metadata but " + metadata);
            }
            Region signing = ServiceMetadata.of(id).signingRegion(Region.EU_WEST_1);
            if (!Region.EU_WEST_1.equals(signing)) {
                throw new AssertionError(id + ": signs for " + signing + " in eu-west-1");
            }
        }
    }
}
