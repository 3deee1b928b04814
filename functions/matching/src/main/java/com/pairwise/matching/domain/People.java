package com.pairwise.matching.domain;

import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RegistrationStore.RegistrationFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registrations matching works with: people holding a place (not waitlisted for one) in a role. */
public final class People {
    /** Large pages: a 20,000-person program is read in tens of round trips, not hundreds. */
    private static final int PAGE = 1_000;
    private final RegistrationStore registrations;

    public People(RegistrationStore registrations) {
        this.registrations = registrations;
    }

    /** Every registered person of a program, any role (one pass over the program's partition). */
    public List<Registration> registered(String programId) {
        return registered(programId, (Role) null);
    }

    /** Every registered person of a role in a program (a query of the program's partition, page by page). */
    public List<Registration> registered(String programId, Role role) {
        List<Registration> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<Registration> page = registrations.list(programId, new RegistrationFilter(role, RegistrationStatus.REGISTERED, null), PAGE, cursor);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    /**
     * The current registrations of these people (consistent reads), whatever their status: absent when they have none.
     * Callers keep only the registered ones.
     */
    public List<Registration> current(String programId, java.util.Collection<String> userIds) {
        return registrations.getAll(programId, userIds);
    }

    /** The person's registration when it holds a place in the program. */
    public Optional<Registration> registered(String programId, String userId) {
        return registrations.get(programId, userId).filter(r -> r.status() == RegistrationStatus.REGISTERED);
    }
}
