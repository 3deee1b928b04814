package com.pairwise.signup.domain;

import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Role;

/** What a person submits to join a program. */
public record SignUp(Role role, Profile profile) {
}
