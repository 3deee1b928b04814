package com.pairwise.signup.domain;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Role;
import java.util.List;

/**
 * What a person submits to join a program.
 *
 * @param formErrors problems already found reading the submission (wrong types, unknown fields). They are answered
 *                   together with the program's own rules, so one 400 names every bad field; the role or a profile
 *                   field they name is null here.
 */
public record SignUp(Role role, Profile profile, List<FieldError> formErrors) {
    public SignUp {
        formErrors = formErrors == null ? List.of() : List.copyOf(formErrors);
    }

    public SignUp(Role role, Profile profile) {
        this(role, profile, List.of());
    }
}
