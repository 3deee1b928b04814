package com.pairwise.shared.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.BoundaryPreference;
import com.pairwise.shared.model.MatchingObjective;
import com.pairwise.shared.model.MatchingSettings;

/**
 * A program's matching settings stored as one JSON text attribute: they are always read and written whole, and a
 * nested value keeps the program item's flat attribute list readable. Absent (older programs) reads as the defaults.
 */
final class MatchingSettingsText {
    private MatchingSettingsText() {
    }

    static String write(MatchingSettings m) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("requireSharedLanguage", m.requireSharedLanguage());
        o.put("minLevelsAbove", m.minLevelsAbove());
        o.put("maxLevelsAbove", m.maxLevelsAbove());
        o.put("peerMaxLevelGap", m.peerMaxLevelGap());
        o.put("maxTimeZoneHours", m.maxTimeZoneHours());
        o.put("timeZoneHard", m.timeZoneHard());
        o.put("differentCountry", m.differentCountry().wire());
        o.put("differentDepartment", m.differentDepartment().wire());
        o.put("separateReportingLines", m.separateReportingLines());
        o.put("skillsWeight", m.skillsWeight());
        o.put("goalsWeight", m.goalsWeight());
        o.put("interestsWeight", m.interestsWeight());
        o.put("objective", m.objective().wire());
        o.put("requestExpiryDays", m.requestExpiryDays());
        return o.toString();
    }

    static MatchingSettings read(String text) {
        if (text == null) {
            return MatchingSettings.DEFAULTS;
        }
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matching settings are not JSON", e);
        }
        MatchingSettings d = MatchingSettings.DEFAULTS;
        return new MatchingSettings(
                o.path("requireSharedLanguage").asBoolean(d.requireSharedLanguage()),
                integer(o, "minLevelsAbove"), integer(o, "maxLevelsAbove"), integer(o, "peerMaxLevelGap"),
                integer(o, "maxTimeZoneHours"),
                o.path("timeZoneHard").asBoolean(d.timeZoneHard()),
                Values.wireEnum(BoundaryPreference.class, o.path("differentCountry").asText(d.differentCountry().wire())),
                Values.wireEnum(BoundaryPreference.class, o.path("differentDepartment").asText(d.differentDepartment().wire())),
                o.path("separateReportingLines").asBoolean(d.separateReportingLines()),
                o.path("skillsWeight").asInt(d.skillsWeight()),
                o.path("goalsWeight").asInt(d.goalsWeight()),
                o.path("interestsWeight").asInt(d.interestsWeight()),
                Values.wireEnum(MatchingObjective.class, o.path("objective").asText(d.objective().wire())),
                o.path("requestExpiryDays").asInt(d.requestExpiryDays()));
    }

    private static Integer integer(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
