package com.pairwise.reminders.mail;

import com.pairwise.shared.store.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Where the unsubscribe HMAC key comes from: Secrets Manager in the cloud, a generated file locally. */
public final class UnsubscribeKey {
    private UnsubscribeKey() {
    }

    /** The secret {@code secretId} (UNSUBSCRIBE_KEY_SECRET on Lambda): its string is the key. Reads it on every call. */
    public static byte[] fromSecretsManager(String secretId) {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClient(AwsClients.httpClient())
                .credentialsProvider(AwsClients.credentials())
                .region(AwsClients.region())
                .build()) {
            String value = client.getSecretValue(b -> b.secretId(secretId)).secretString();
            return decodeOrRaw(value);
        }
    }

    /** A 32-byte key kept in {@code file}, generated on first use (the local runner's .pairwise-data). */
    public static byte[] localFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions apply.
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A generated secret (CDK's generateSecretString) is plain text; its UTF-8 bytes are the key.
    private static byte[] decodeOrRaw(String value) {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
