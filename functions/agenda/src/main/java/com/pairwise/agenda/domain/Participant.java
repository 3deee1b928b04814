package com.pairwise.agenda.domain;

import com.pairwise.shared.model.Role;
import java.util.List;

/**
 * One person in a relationship, as the agenda needs them.
 *
 * @param languages ISO 639-1 codes, preferred first
 * @param timeZone  IANA zone id, or null when unknown (UTC is used)
 */
public record Participant(String userId, Role role, String displayName, String email, List<String> languages,
                          String timeZone, List<String> skillsToDevelop) {
    public Participant {
        languages = languages == null ? List.of() : List.copyOf(languages);
        skillsToDevelop = skillsToDevelop == null ? List.of() : List.copyOf(skillsToDevelop);
    }

    /** The name to show: the display name, else a neutral label. */
    public String name() {
        return displayName == null || displayName.isBlank() ? role.wire() : displayName;
    }

    public java.time.ZoneId zone() {
        try {
            return timeZone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException unknownZone) {
            return java.time.ZoneOffset.UTC;
        }
    }
}
