package com.pairwise.shared.domain;

/** The request is well-formed but clashes with the current state (already registered, window closed, ...). */
public final class ConflictException extends RuntimeException {
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine-readable reason, e.g. {@code already-registered}. */
    public String code() {
        return code;
    }
}
