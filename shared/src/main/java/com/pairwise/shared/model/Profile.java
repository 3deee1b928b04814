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
        languages = List.copyOf(languages);
        skillsOffered = List.copyOf(skillsOffered);
        skillsToDevelop = List.copyOf(skillsToDevelop);
        interests = List.copyOf(interests);
    }
}
