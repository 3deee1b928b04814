package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.model.BoundaryPreference;
import com.pairwise.shared.model.MatchingObjective;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.WireEnum;

/**
 * The JSON shape of a program's matching settings, shared by the API (signup writes it in program bodies) and the
 * store (the program item keeps it as one text attribute). {@link #read} trusts its input: it reads what
 * {@link #write} wrote; request bodies are validated field by field instead.
 */
public final class MatchingSettingsDocument {
    private MatchingSettingsDocument() {
    }

    public static ObjectNode write(MatchingSettings m) {
        ObjectNode o = JsonTree.object();
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
        return o;
    }

    /** Absent fields read as the defaults. */
    public static MatchingSettings read(JsonNode o) {
        MatchingSettings d = MatchingSettings.DEFAULTS;
        return new MatchingSettings(
                o.path("requireSharedLanguage").asBoolean(d.requireSharedLanguage()),
                integer(o, "minLevelsAbove"), integer(o, "maxLevelsAbove"), integer(o, "peerMaxLevelGap"),
                integer(o, "maxTimeZoneHours"),
                o.path("timeZoneHard").asBoolean(d.timeZoneHard()),
                wire(BoundaryPreference.class, o.path("differentCountry").asText(d.differentCountry().wire())),
                wire(BoundaryPreference.class, o.path("differentDepartment").asText(d.differentDepartment().wire())),
                o.path("separateReportingLines").asBoolean(d.separateReportingLines()),
                o.path("skillsWeight").asInt(d.skillsWeight()),
                o.path("goalsWeight").asInt(d.goalsWeight()),
                o.path("interestsWeight").asInt(d.interestsWeight()),
                wire(MatchingObjective.class, o.path("objective").asText(d.objective().wire())),
                o.path("requestExpiryDays").asInt(d.requestExpiryDays()));
    }

    private static <E extends Enum<E> & WireEnum> E wire(Class<E> type, String text) {
        return WireEnum.parse(type, text).orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " '" + text + "' is unknown"));
    }

    private static Integer integer(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
