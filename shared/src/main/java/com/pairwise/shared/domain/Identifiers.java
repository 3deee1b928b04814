package com.pairwise.shared.domain;

import java.util.regex.Pattern;

/**
 * The shape every id in a path or token must have before it reaches a DynamoDB key: short, printable, no key
 * separators. Anything else cannot name a stored item, so it is answered as not found rather than passed on.
 */
public final class Identifiers {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@+-]{1,128}");

    private Identifiers() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
