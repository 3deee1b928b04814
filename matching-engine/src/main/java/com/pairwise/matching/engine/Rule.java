package com.pairwise.matching.engine;

/**
 * Why a pair is not allowed, or why a person was left unmatched. The declaration order is the order in which
 * {@link Eligibility} tests the rules, and breaks ties when two rules eliminated equally many candidates.
 */
public enum Rule {
    SAME_PERSON,
    EXCLUDED_PAIR,
    LANGUAGE,
    SENIORITY,
    TIME_ZONE,
    COUNTRY,
    DEPARTMENT,
    REGION,
    REPORTING_LINE,
    /** Every candidate who passes the hard rules is full. */
    NO_CAPACITY,
    /** Under {@link Objective#MAX_SCORE}: every eligible candidate is so far away in time that pairing lowers the score. */
    POOR_FIT,
    /** Nobody on the other side at all. */
    NO_CANDIDATES;

    /** The sentence shown to a person this rule kept unmatched. {@code noun} is "mentor" or "peer". */
    public String unmatchedMessage(MatchingRules rules, String noun) {
        return switch (this) {
            case SAME_PERSON -> "the only " + noun + " is you";
            case EXCLUDED_PAIR -> "you have already been paired with every suitable " + noun;
            case LANGUAGE -> "no " + noun + " shares a language with you";
            case SENIORITY -> "no " + noun + " is " + seniorityBand(rules);
            case TIME_ZONE -> "no " + noun + " within " + hours(rules.maxTimeZoneHours()) + " of you";
            case COUNTRY -> "no " + noun + " works in a different country from you";
            case DEPARTMENT -> "no " + noun + " works in a different department from you";
            case REGION -> "no " + noun + " works in a different region from you";
            case REPORTING_LINE -> "every " + noun + " is in your reporting line";
            case NO_CAPACITY -> "every eligible " + noun + " is full";
            case POOR_FIT -> "every eligible " + noun + " is more than " + hours(rules.maxTimeZoneHours())
                    + " away, so pairing would lower the program's score";
            case NO_CANDIDATES -> "the program has no " + noun + "s yet";
        };
    }

    private static String hours(Integer h) {
        int n = h == null ? 0 : h;
        return n == 1 ? "1 time zone" : n + " time zones";
    }

    private static String seniorityBand(MatchingRules rules) {
        if (rules.format() == Format.PEER) {
            int k = rules.peerMaxLevelGap() == null ? 0 : rules.peerMaxLevelGap();
            return "within " + k + (k == 1 ? " level" : " levels") + " of your seniority";
        }
        String dir = rules.format() == Format.REVERSE ? "below" : "above";
        Integer min = rules.minLevelsAbove();
        Integer max = rules.maxLevelsAbove();
        if (min != null && max != null) {
            return min.equals(max) ? min + " levels " + dir + " you" : min + " to " + max + " levels " + dir + " you";
        }
        if (min != null) {
            return "at least " + min + " levels " + dir + " you";
        }
        return "at most " + max + " levels " + dir + " you";
    }
}
