package com.pairwise.shared.model;

import java.time.Instant;

/** When a role may sign up; either end may be open. */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {
    public static final RegistrationWindow ALWAYS = new RegistrationWindow(null, null);

    public boolean notYetOpen(Instant now) {
        return opensAt != null && now.isBefore(opensAt);
    }

    public boolean alreadyClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }
}
