package com.pairwise.signup.domain;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.model.Profile;
import java.util.List;

/**
 * A person's edit of their profile.
 *
 * @param formErrors problems already found reading the edit (wrong types, unknown fields, fields that may not be
 *                   cleared). They are answered together with the program's own rules, so one 400 names every bad
 *                   field, as at sign-up; a profile field they name is null here.
 */
public record ProfileEdit(Profile profile, List<FieldError> formErrors) {
    public ProfileEdit {
        formErrors = formErrors == null ? List.of() : List.copyOf(formErrors);
    }
}
