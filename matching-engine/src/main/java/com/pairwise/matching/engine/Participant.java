package com.pairwise.matching.engine;

import java.util.List;

/**
 * One person as the matching engine sees them. Built by the caller from a registration; the engine never reads storage.
 *
 * @param id              unique within the program (user id); sorting by it makes every result canonical
 * @param languages       ISO 639-1 codes, e.g. {@code es}
 * @param timeZone        IANA zone id, e.g. {@code America/Sao_Paulo}; null or unknown fails a hard time-zone rule
 * @param country         ISO 3166-1 alpha-2, e.g. {@code BR}
 * @param region          free label, e.g. {@code EMEA}
 * @param department      free label
 * @param seniorityIndex  position on the program's ladder, 0 = most junior; negative = unknown (fails seniority rules)
 * @param skillsOffered   what a mentor can teach (peers: both ways)
 * @param skillsToDevelop what a mentee wants to grow
 * @param goals           free text; only its words are used
 * @param interests       hobbies and topics
 * @param managerId       id of the person's manager, or null when not known
 * @param freeCapacity    mentors: capacity minus current active relationships; mentees and peers: ignored
 */
public record Participant(
        String id,
        List<String> languages,
        String timeZone,
        String country,
        String region,
        String department,
        int seniorityIndex,
        List<String> skillsOffered,
        List<String> skillsToDevelop,
        String goals,
        List<String> interests,
        String managerId,
        int freeCapacity) {

    public Participant {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("participant id is required");
        }
        // Absent lists are empty lists so rule code never meets a null.
        languages = languages == null ? List.of() : List.copyOf(languages);
        skillsOffered = skillsOffered == null ? List.of() : List.copyOf(skillsOffered);
        skillsToDevelop = skillsToDevelop == null ? List.of() : List.copyOf(skillsToDevelop);
        interests = interests == null ? List.of() : List.copyOf(interests);
        goals = goals == null ? "" : goals;
    }

    /** Free places of a mentor: never negative, so over-booked mentors simply take nobody. */
    public static int freeCapacity(int capacity, int activeRelationships) {
        return Math.max(0, capacity - activeRelationships);
    }
}
