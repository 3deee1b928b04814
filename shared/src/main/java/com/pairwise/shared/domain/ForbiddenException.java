package com.pairwise.shared.domain;

/** The caller is known but may not do this. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
