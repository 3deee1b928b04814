package com.pairwise.shared.model;

import java.time.Instant;
import java.util.Set;

/**
 * A mentoring program: its settings plus identity and bookkeeping.
 *
 * @param version optimistic-locking counter, bumped on each write
 */
public record Program(String id, ProgramSettings settings, Instant createdAt, Instant updatedAt, long version) {

    public ProgramStatus status() {
        return settings.status();
    }

    public Integer menteeCap() {
        return settings.menteeCap();
    }

    public boolean isCoordinator(String userId) {
        return settings.coordinators().contains(userId);
    }

    /** The role whose sign-ups count against the mentee cap. */
    public Role seekerRole() {
        return settings.format() == ProgramFormat.PEER ? Role.PEER : Role.MENTEE;
    }

    /** The roles a person may sign up as in this program's format. */
    public Set<Role> allowedRoles() {
        return settings.format() == ProgramFormat.PEER ? Set.of(Role.PEER) : Set.of(Role.MENTOR, Role.MENTEE);
    }

    public RegistrationWindow windowFor(Role role) {
        return role == Role.MENTOR ? settings.mentorRegistration() : settings.menteeRegistration();
    }
}
