package com.pairwise.shared.domain;

import java.security.SecureRandom;

/** Makes short, unguessable, URL-safe identifiers such as {@code prg_k3v9...}. */
public final class IdGenerator {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next(String prefix) {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + "_" + new String(out);
    }
}
