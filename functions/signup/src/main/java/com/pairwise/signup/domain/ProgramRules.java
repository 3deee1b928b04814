package com.pairwise.signup.domain;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.Codes;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.RegistrationWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules a program's settings must satisfy as a whole, beyond each field's type and length. */
public final class ProgramRules {
    public static final int MAX_COORDINATORS = 20;

    private ProgramRules() {
    }

    public static void check(ProgramSettings s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.kind() == ProgramKind.COHORT) {
            if (s.startDate() == null) {
                errors.add(new FieldError("startDate", "is required for a cohort program"));
            }
            if (s.endDate() == null) {
                errors.add(new FieldError("endDate", "is required for a cohort program"));
            }
            if (s.startDate() != null && s.endDate() != null && s.endDate().isBefore(s.startDate())) {
                errors.add(new FieldError("endDate", "must not be before startDate"));
            }
        } else {
            if (s.startDate() != null) {
                errors.add(new FieldError("startDate", "must be absent: evergreen programs run without dates"));
            }
            if (s.endDate() != null) {
                errors.add(new FieldError("endDate", "must be absent: evergreen programs run without dates"));
            }
        }
        window("mentorRegistration", s.mentorRegistration(), errors);
        window("menteeRegistration", s.menteeRegistration(), errors);
        if (s.languages().isEmpty()) {
            errors.add(new FieldError("languages", "must name at least one language"));
        }
        for (int i = 0; i < s.languages().size(); i++) {
            if (!Codes.isLanguage(s.languages().get(i))) {
                errors.add(new FieldError("languages[" + i + "]", "must be an ISO 639-1 code such as en or es, not '" + s.languages().get(i) + "'"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.seniorityLevels().size(); i++) {
            if (!seen.add(s.seniorityLevels().get(i).toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("seniorityLevels[" + i + "]", "repeats an earlier level"));
            }
        }
        for (int i = 0; i < s.coordinators().size(); i++) {
            if (!Identifiers.isValid(s.coordinators().get(i))) {
                errors.add(new FieldError("coordinators[" + i + "]", "must be a user id (the sign-in token's sub)"));
            }
        }
        if (s.coordinators().size() > MAX_COORDINATORS) {
            errors.add(new FieldError("coordinators", "must have at most " + MAX_COORDINATORS + " people"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void window(String field, RegistrationWindow w, List<FieldError> errors) {
        if (w.opensAt() != null && w.closesAt() != null && !w.closesAt().isAfter(w.opensAt())) {
            errors.add(new FieldError(field + ".closesAt", "must be after opensAt"));
        }
    }
}
