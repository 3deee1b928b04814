package com.pairwise.surveys.domain;

/**
 * Names of the report counters kept per program and per region, changed only by atomic ADD in the same
 * transaction as the dispatch, answer or relationship event they count; a report reads them instead of every answer.
 */
public final class Counters {
    public static final String NPS_N = "nps_n";
    public static final String NPS_PROMOTERS = "nps_promoters";
    public static final String NPS_DETRACTORS = "nps_detractors";
    public static final String SATISFACTION_N = "sat_n";
    public static final String SATISFACTION_SUM = "sat_sum";
    public static final String SKILLS_BEFORE_N = "skb_n";
    public static final String SKILLS_BEFORE_SUM = "skb_sum";
    public static final String SKILLS_AFTER_N = "ska_n";
    public static final String SKILLS_AFTER_SUM = "ska_sum";
    /** Per skill rated both before and after by the same person: how many, and the sum of after minus before. */
    public static final String SKILLS_CHANGE_N = "skd_n";
    public static final String SKILLS_CHANGE_SUM = "skd_sum";
    /** People seeking a mentor (mentees, peers) who are in an active relationship now. */
    public static final String MATCHED = "matched";
    public static final String RELATIONSHIPS_ACTIVE = "rel_active";
    public static final String RELATIONSHIPS_ENDED = "rel_ended";
    /**
     * Meetings held (ever; and by relationships active now) and active relationships that have held at least one.
     * Program-wide the unit is the relationship; per region it is the mentee (peer) of the region, as for
     * {@link #MATCHED}: a group meeting counts once for each of its mentees.
     */
    public static final String MEETINGS_HELD = "mtg_held";
    public static final String MEETINGS_HELD_ACTIVE = "mtg_active";
    public static final String MET_ACTIVE = "met_active";
    private static final String SENT_PREFIX = "sent_";
    private static final String ANSWERED_PREFIX = "answered_";

    private Counters() {
    }

    public static String sent(String surveyId) {
        return SENT_PREFIX + surveyId;
    }

    public static String answered(String surveyId) {
        return ANSWERED_PREFIX + surveyId;
    }

    /** The survey id of a {@code sent_} counter, or null for other counters. */
    public static String sentSurvey(String counter) {
        return counter.startsWith(SENT_PREFIX) ? counter.substring(SENT_PREFIX.length()) : null;
    }

    public static String answeredSurvey(String counter) {
        return counter.startsWith(ANSWERED_PREFIX) ? counter.substring(ANSWERED_PREFIX.length()) : null;
    }
}
