package com.pairwise.shared.model;

/**
 * The rules a program sets for matching. Levels refer to the program's {@code seniorityLevels} ladder.
 *
 * @param minLevelsAbove    mentor at least this many levels above the mentee (reverse programs: below); null = no floor
 * @param maxLevelsAbove    at most this many levels above (reverse: below); null = no ceiling
 * @param peerMaxLevelGap   peer programs: at most this many levels apart; null = any
 * @param maxTimeZoneHours  largest time-of-day distance, 0..12; null = no limit
 * @param timeZoneHard      true: beyond the limit is never proposed; false: it lowers the score
 * @param requestExpiryDays a match request nobody answers expires after this many days
 */
public record MatchingSettings(
        boolean requireSharedLanguage,
        Integer minLevelsAbove,
        Integer maxLevelsAbove,
        Integer peerMaxLevelGap,
        Integer maxTimeZoneHours,
        boolean timeZoneHard,
        BoundaryPreference differentCountry,
        BoundaryPreference differentDepartment,
        boolean separateReportingLines,
        int skillsWeight,
        int goalsWeight,
        int interestsWeight,
        MatchingObjective objective,
        int requestExpiryDays) {

    public static final int MAX_WEIGHT = 100;
    public static final int MAX_EXPIRY_DAYS = 90;

    public static final MatchingSettings DEFAULTS = new MatchingSettings(true, null, null, null, null, true,
            BoundaryPreference.IGNORE, BoundaryPreference.IGNORE, true, 10, 4, 2, MatchingObjective.MOST_MATCHED, 14);

    public MatchingSettings {
        differentCountry = differentCountry == null ? BoundaryPreference.IGNORE : differentCountry;
        differentDepartment = differentDepartment == null ? BoundaryPreference.IGNORE : differentDepartment;
        objective = objective == null ? MatchingObjective.MOST_MATCHED : objective;
    }
}
