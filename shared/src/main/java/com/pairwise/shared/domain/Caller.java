package com.pairwise.shared.domain;

import java.util.Set;

/** The signed-in person making a request, as vouched for by the identity provider. */
public record Caller(String userId, String email, Set<String> groups) {
    public static final String ADMIN_GROUP = "admin";

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean isAdmin() {
        return groups.contains(ADMIN_GROUP);
    }
}
