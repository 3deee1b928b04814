package com.pairwise.shared.model;

import java.util.List;

/**
 * What a participant tells the program about themselves; matching reads it.
 *
 * @param languages ISO 639-1 codes, lower case.
 * @param timeZone  IANA zone id, e.g. {@code Europe/Madrid}.
 * @param country   ISO 3166-1 alpha-2, upper case.
 * @param capacity  mentors only: how many mentees they take at once.
 */
public record Profile(
        String displayName,
        String email,
        List<String> languages,
        String timeZone,
        String country,
        String region,
        String department,
        String seniority,
        List<String> skillsOffered,
        List<String> skillsToDevelop,
        String goals,
        List<String> interests,
        Integer capacity) {

    public Profile {
        // Absent lists are empty lists, so a half-read request body can never fail on a null.
        languages = languages == null ? List.of() : List.copyOf(languages);
        skillsOffered = skillsOffered == null ? List.of() : List.copyOf(skillsOffered);
        skillsToDevelop = skillsToDevelop == null ? List.of() : List.copyOf(skillsToDevelop);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
