package com.pairwise.reminders.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks one-click unsubscribe tokens: who and which kind, with an HMAC-SHA256 over both, so a link
 * works without signing in yet nobody can make one for someone else.
 */
public final class UnsubscribeTokens {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private final Supplier<byte[]> source;
    /** The key once read; null until then when it comes from a source. */
    private volatile byte[] key;

    public UnsubscribeTokens(byte[] key) {
        this.key = checked(key.clone());
        this.source = null;
    }

    private UnsubscribeTokens(Supplier<byte[]> source) {
        this.source = source;
    }

    /**
     * Tokens whose key is read from {@code source} when first needed, then kept; a failed read is tried again on the
     * next use. On Lambda the key is a secret in Secrets Manager: a cold start that neither writes a mail nor checks a
     * link does not wait for it (and the SnapStart warm-up reads it before the snapshot).
     */
    public static UnsubscribeTokens onFirstUse(Supplier<byte[]> source) {
        return new UnsubscribeTokens(source);
    }

    /** Reads the key now if it has not been read; fails as signing would, for a missing or short key. */
    public void readKey() {
        key();
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = checked(source.get().clone());
                }
                k = key;
            }
        }
        return k;
    }

    private static byte[] checked(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("unsubscribe key must have at least 32 bytes");
        }
        return key;
    }

    /** What a valid token grants. */
    public record Grant(String userId, ReminderKind kind) {
    }

    public String sign(String userId, ReminderKind kind) {
        byte[] payload = (userId + "\n" + kind.wire()).getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** The grant of a well-formed, correctly signed token; empty for anything else. */
    public Optional<Grant> verify(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, dot));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        return com.pairwise.shared.model.WireEnum.parse(ReminderKind.class, parts[1]).map(k -> new Grant(parts[0], k));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
