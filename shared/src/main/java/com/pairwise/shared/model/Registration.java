package com.pairwise.shared.model;

import java.time.Instant;

/** One person's sign-up to one program. A person has at most one registration per program. */
public record Registration(
        String programId,
        String userId,
        Role role,
        RegistrationStatus status,
        Profile profile,
        Instant registeredAt,
        Instant updatedAt,
        long version) {

    public Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(programId, userId, role, newStatus, profile, registeredAt, updatedAt, version);
    }
}
