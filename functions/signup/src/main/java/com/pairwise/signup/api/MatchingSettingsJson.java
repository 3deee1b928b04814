package com.pairwise.signup.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.MatchingSettingsDocument;
import com.pairwise.shared.model.BoundaryPreference;
import com.pairwise.shared.model.MatchingObjective;
import com.pairwise.shared.model.MatchingSettings;
import java.util.Set;

/**
 * A program's optional nested {@code matching} object. Fields left out keep the base value (the defaults on create,
 * the current value on a patch); the nullable limits are cleared with null.
 */
final class MatchingSettingsJson {
    private static final Set<String> FIELDS = Set.of("requireSharedLanguage", "minLevelsAbove", "maxLevelsAbove",
            "peerMaxLevelGap", "maxTimeZoneHours", "timeZoneHard", "differentCountry", "differentDepartment",
            "separateReportingLines", "skillsWeight", "goalsWeight", "interestsWeight", "objective", "requestExpiryDays");
    private static final Set<String> CLEARABLE = Set.of("minLevelsAbove", "maxLevelsAbove", "peerMaxLevelGap", "maxTimeZoneHours");
    static final int MAX_LEVELS = 20;

    private MatchingSettingsJson() {
    }

    /** @param f the {@code matching} object's fields (errors are reported as {@code matching.<field>}) */
    static MatchingSettings read(Fields f, MatchingSettings base) {
        f.rejectUnknown(FIELDS);
        for (String name : FIELDS) {
            if (f.isNull(name) && !CLEARABLE.contains(name)) {
                f.error(name, "must not be null");
            }
        }
        MatchingSettings m = new MatchingSettings(
                bool(f, "requireSharedLanguage", base.requireSharedLanguage()),
                level(f, "minLevelsAbove", base.minLevelsAbove(), MAX_LEVELS),
                level(f, "maxLevelsAbove", base.maxLevelsAbove(), MAX_LEVELS),
                level(f, "peerMaxLevelGap", base.peerMaxLevelGap(), MAX_LEVELS),
                level(f, "maxTimeZoneHours", base.maxTimeZoneHours(), 12),
                bool(f, "timeZoneHard", base.timeZoneHard()),
                pick(f, "differentCountry", f.enumValue("differentCountry", BoundaryPreference.class), base.differentCountry()),
                pick(f, "differentDepartment", f.enumValue("differentDepartment", BoundaryPreference.class), base.differentDepartment()),
                bool(f, "separateReportingLines", base.separateReportingLines()),
                pick(f, "skillsWeight", f.integer("skillsWeight", 0, MatchingSettings.MAX_WEIGHT), base.skillsWeight()),
                pick(f, "goalsWeight", f.integer("goalsWeight", 0, MatchingSettings.MAX_WEIGHT), base.goalsWeight()),
                pick(f, "interestsWeight", f.integer("interestsWeight", 0, MatchingSettings.MAX_WEIGHT), base.interestsWeight()),
                pick(f, "objective", f.enumValue("objective", MatchingObjective.class), base.objective()),
                pick(f, "requestExpiryDays", f.integer("requestExpiryDays", 1, MatchingSettings.MAX_EXPIRY_DAYS), base.requestExpiryDays()));
        if (m.minLevelsAbove() != null && m.maxLevelsAbove() != null && m.minLevelsAbove() > m.maxLevelsAbove()) {
            f.error("minLevelsAbove", "must not be more than maxLevelsAbove");
        }
        return m;
    }

    private static Integer level(Fields f, String name, Integer base, int max) {
        Integer parsed = f.integer(name, 0, max);
        if (!f.has(name)) {
            return base;
        }
        return f.isNull(name) ? null : parsed == null ? base : parsed;
    }

    private static boolean bool(Fields f, String name, boolean base) {
        Boolean parsed = f.bool(name);
        return parsed == null ? base : parsed;
    }

    private static <T> T pick(Fields f, String name, T parsed, T base) {
        return f.has(name) && parsed != null ? parsed : base;
    }

    static ObjectNode write(MatchingSettings m) {
        return MatchingSettingsDocument.write(m);
    }
}
