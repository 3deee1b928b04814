package com.pairwise.signup.domain;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.model.Codes;
import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks a profile against the program it is for: code lists, the program's languages, ladder and required fields. */
public final class ProfileRules {
    public static final int MAX_CAPACITY = 50;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ProfileRules() {
    }

    /** Canonical case for codes, so {@code ES} and {@code es} are the same language; email falls back to the token's. */
    public static Profile normalize(Profile p, String fallbackEmail) {
        return new Profile(p.displayName(), p.email() == null ? fallbackEmail : p.email(),
                p.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).distinct().collect(Collectors.toList()),
                p.timeZone(), p.country() == null ? null : p.country().toUpperCase(Locale.ROOT), p.region(), p.department(),
                p.seniority(), p.skillsOffered(), p.skillsToDevelop(), p.goals(), p.interests(), p.capacity());
    }

    /**
     * The program's own spelling of the person's seniority when it names one of the program's levels in another case
     * ({@code Senior} for the level {@code senior}), so matching and reports compare like with like; anything else
     * is left as given for {@link #errors} to refuse.
     */
    public static Profile onProgramLadder(Profile p, Program program) {
        if (p.seniority() == null) {
            return p;
        }
        String given = p.seniority().toLowerCase(Locale.ROOT);
        return program.settings().seniorityLevels().stream()
                .filter(level -> level.toLowerCase(Locale.ROOT).equals(given) && !level.equals(p.seniority()))
                .findFirst()
                .map(level -> new Profile(p.displayName(), p.email(), p.languages(), p.timeZone(), p.country(), p.region(),
                        p.department(), level, p.skillsOffered(), p.skillsToDevelop(), p.goals(), p.interests(), p.capacity()))
                .orElse(p);
    }

    public static void check(Profile p, Role role, Program program) {
        List<FieldError> errors = errors(p, role, program);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Every way the profile breaks the program's rules; {@code role} may be null when the form's role was invalid. */
    public static List<FieldError> errors(Profile p, Role role, Program program) {
        List<FieldError> errors = new ArrayList<>();
        Set<ProfileField> required = program.settings().requiredProfileFields();
        if (p.displayName() == null) {
            errors.add(new FieldError("displayName", "is required"));
        }
        if (p.email() == null) {
            errors.add(new FieldError("email", "is required (your sign-in token carries none)"));
        } else if (!EMAIL.matcher(p.email()).matches()) {
            errors.add(new FieldError("email", "must be an email address"));
        }
        checkLanguages(p.languages(), program.settings().languages(), errors);
        if (p.timeZone() != null && !Codes.isTimeZone(p.timeZone())) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid, not '" + p.timeZone() + "'"));
        }
        if (p.country() != null && !Codes.isCountry(p.country())) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as BR, not '" + p.country() + "'"));
        }
        List<String> ladder = program.settings().seniorityLevels();
        if (p.seniority() != null && !ladder.isEmpty() && !ladder.contains(p.seniority())) {
            errors.add(new FieldError("seniority", "must be one of the program's levels: " + String.join(", ", ladder)));
        }
        if (p.capacity() != null && role != null && role != Role.MENTOR) {
            errors.add(new FieldError("capacity", "is for mentors only"));
        }
        requireIf(required, ProfileField.TIME_ZONE, "timeZone", p.timeZone(), errors);
        requireIf(required, ProfileField.COUNTRY, "country", p.country(), errors);
        requireIf(required, ProfileField.REGION, "region", p.region(), errors);
        requireIf(required, ProfileField.DEPARTMENT, "department", p.department(), errors);
        requireIf(required, ProfileField.SENIORITY, "seniority", p.seniority(), errors);
        requireIf(required, ProfileField.SKILLS_OFFERED, "skillsOffered", p.skillsOffered(), errors);
        requireIf(required, ProfileField.SKILLS_TO_DEVELOP, "skillsToDevelop", p.skillsToDevelop(), errors);
        requireIf(required, ProfileField.GOALS, "goals", p.goals(), errors);
        requireIf(required, ProfileField.INTERESTS, "interests", p.interests(), errors);
        return errors;
    }

    private static void checkLanguages(List<String> languages, List<String> offered, List<FieldError> errors) {
        if (languages.isEmpty()) {
            errors.add(new FieldError("languages", "is required: name at least one language you can mentor or be mentored in"));
            return;
        }
        boolean valid = true;
        for (int i = 0; i < languages.size(); i++) {
            if (!Codes.isLanguage(languages.get(i))) {
                errors.add(new FieldError("languages[" + i + "]", "must be an ISO 639-1 code such as en or es, not '" + languages.get(i) + "'"));
                valid = false;
            }
        }
        if (valid && !offered.isEmpty() && languages.stream().noneMatch(offered::contains)) {
            errors.add(new FieldError("languages", "must include one of the program's languages: " + String.join(", ", offered)));
        }
    }

    private static void requireIf(Set<ProfileField> required, ProfileField field, String name, Object value, List<FieldError> errors) {
        boolean missing = value == null || (value instanceof Collection<?> c && c.isEmpty());
        boolean alreadyReported = errors.stream().anyMatch(e -> e.field().equals(name));
        if (required.contains(field) && missing && !alreadyReported) {
            errors.add(new FieldError(name, "is required by this program"));
        }
    }
}
