package com.pairwise.surveys.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Survey instance ids derived from what the instance is (program, survey, relationship, person, occurrence), so an
 * event delivered twice or a schedule run repeated after a failure finds the instance already there instead of
 * sending a second one.
 */
public final class InstanceIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private InstanceIds() {
    }

    public static String of(String programId, String surveyId, String relationshipId, String userId, int occurrence) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(String.join("\u001f", programId, surveyId, relationshipId,
                    userId, Integer.toString(occurrence)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        StringBuilder id = new StringBuilder("svi_");
        for (int i = 0; i < 24; i++) {
            id.append(ALPHABET[(hash[i] & 0xff) % ALPHABET.length]);
        }
        return id.toString();
    }
}
