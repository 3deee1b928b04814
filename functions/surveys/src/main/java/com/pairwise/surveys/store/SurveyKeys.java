package com.pairwise.surveys.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Key values of the surveys function's items; docs/data-model.md lists them with the access pattern each serves. */
final class SurveyKeys {
    static final String INSTANCE_SK = "SURVEY";
    static final String SETTINGS_SK = "SURVEYSETTINGS";
    static final String STATS_PREFIX = "SURVEYSTATS#";
    static final String STATS_ALL = STATS_PREFIX + "ALL";
    static final String STATS_NO_REGION = STATS_PREFIX + "NOREGION";
    static final String STATS_REGION_PREFIX = STATS_PREFIX + "REGION#";
    static final String RESPONSE_PREFIX = "SURVEYRESP#";
    static final String ANONYMOUS_PREFIX = "SURVEYANON#";
    static final String USER_SURVEY_PREFIX = "SURVEY#";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private SurveyKeys() {
    }

    static String instance(String instanceId) {
        return "SURVEY#" + instanceId;
    }

    static String userSurvey(Instant sentAt, String instanceId) {
        return USER_SURVEY_PREFIX + sentAt + "#" + instanceId;
    }

    /** GSI2 partition of a program's open, non-anonymous instances: who has not answered. */
    static String openIn(String programId) {
        return "OPENSURVEYS#" + programId;
    }

    static String stats(String region) {
        return region == null ? STATS_NO_REGION : STATS_REGION_PREFIX + region;
    }

    static String response(String instanceId) {
        return RESPONSE_PREFIX + instanceId;
    }

    static String skillBaseline(String relationshipId, String userId) {
        return "SKILLBASE#" + relationshipId + "#" + userId;
    }

    static String tracked(String relationshipId) {
        return "SURVEYREL#" + relationshipId;
    }

    /** Marker of a meeting already counted, with its ordinal in the relationship: a redelivered MeetingHeld counts once. */
    static String meetingHeld(String meetingId) {
        return "SURVEYMTG#" + meetingId;
    }

    static String due(String relationshipId, String surveyId) {
        return "SURVEYDUE#" + relationshipId + "#" + surveyId;
    }

    /** GSI2 partition of everything due in one calendar month (UTC): the daily run reads this month and the last. */
    static String dueMonth(Instant at) {
        return "SURVEYDUE#" + MONTH.format(at);
    }
}
