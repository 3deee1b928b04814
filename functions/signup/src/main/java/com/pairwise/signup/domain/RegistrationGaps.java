package com.pairwise.signup.domain;

import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What keeps a registration from being complete: a field the program requires that the profile lacks (a coordinator
 * may require a field after people signed up), or what matching leans on for the person's role: a mentee's skills to
 * develop and goals, a mentor's skills offered, a peer's skills to develop and to offer. Name, email and languages are
 * refused at sign-up and never missing.
 */
public final class RegistrationGaps {
    private RegistrationGaps() {
    }

    /** The missing fields in the enum's order (stable, so two computations of the same gaps compare equal). */
    public static Set<ProfileField> missing(Profile p, Role role, ProgramSettings settings) {
        Set<ProfileField> wanted = EnumSet.noneOf(ProfileField.class);
        wanted.addAll(settings.requiredProfileFields());
        wanted.addAll(matchingNeeds(role));
        Set<ProfileField> missing = EnumSet.noneOf(ProfileField.class);
        for (ProfileField field : wanted) {
            if (isEmpty(value(p, field))) {
                missing.add(field);
            }
        }
        return missing;
    }

    static Set<ProfileField> matchingNeeds(Role role) {
        return switch (role) {
            case MENTEE -> EnumSet.of(ProfileField.SKILLS_TO_DEVELOP, ProfileField.GOALS);
            case MENTOR -> EnumSet.of(ProfileField.SKILLS_OFFERED);
            case PEER -> EnumSet.of(ProfileField.SKILLS_TO_DEVELOP, ProfileField.SKILLS_OFFERED);
        };
    }

    private static Object value(Profile p, ProfileField field) {
        return switch (field) {
            case TIME_ZONE -> p.timeZone();
            case COUNTRY -> p.country();
            case REGION -> p.region();
            case DEPARTMENT -> p.department();
            case SENIORITY -> p.seniority();
            case SKILLS_OFFERED -> p.skillsOffered();
            case SKILLS_TO_DEVELOP -> p.skillsToDevelop();
            case GOALS -> p.goals();
            case INTERESTS -> p.interests();
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }
}
