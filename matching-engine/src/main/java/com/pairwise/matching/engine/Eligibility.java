package com.pairwise.matching.engine;

import java.util.List;
import java.util.Optional;

/**
 * The program's hard rules. A pair either passes all of them or is never proposed, so filtering the candidate graph
 * with this class is exact: it removes only pairs no feasible matching may contain.
 */
public final class Eligibility {

    /** Returned by {@link #firstFailure} when the pair passes every rule. */
    static final int OK = -1;
    private static final Rule[] RULES = Rule.values();

    private final Population pop;
    private final MatchingRules r;
    private final boolean peer;
    private final boolean reverse;
    private final int minGap;
    private final int maxGap;
    private final boolean checkSeniority;
    private final int maxTzMinutes;

    Eligibility(Population pop) {
        this.pop = pop;
        this.r = pop.rules;
        this.peer = r.format() == Format.PEER;
        this.reverse = r.format() == Format.REVERSE;
        this.checkSeniority = r.hasSeniorityRule();
        if (peer) {
            minGap = 0;
            maxGap = r.peerMaxLevelGap() == null ? Integer.MAX_VALUE : r.peerMaxLevelGap();
        } else {
            minGap = r.minLevelsAbove() == null ? Integer.MIN_VALUE : r.minLevelsAbove();
            maxGap = r.maxLevelsAbove() == null ? Integer.MAX_VALUE : r.maxLevelsAbove();
        }
        this.maxTzMinutes = r.maxTimeZoneHours() == null || !r.timeZoneHard() ? -1 : r.maxTimeZoneHours() * 60;
    }

    /** Checks one mentor against one mentee outside a bulk run, e.g. when a coordinator pairs people by hand. */
    public static Optional<Rule> whyNot(Participant mentor, Participant mentee, MatchingRules rules) {
        Population pop = rules.format() == Format.PEER
                ? Population.ofPeers(List.of(mentor, mentee), rules)
                : Population.of(List.of(mentor), List.of(mentee), rules);
        int a = pop.indexOf(mentor.id());
        int b = rules.format() == Format.PEER ? pop.indexOf(mentee.id()) : 1;
        if (rules.format() == Format.PEER && a == b) {
            return Optional.of(Rule.SAME_PERSON);
        }
        int f = new Eligibility(pop).firstFailure(a, b);
        return f == OK ? Optional.empty() : Optional.of(RULES[f]);
    }

    /** Ordinal of the first rule (declaration order) that the pair breaks, or {@link #OK}. */
    int firstFailure(int a, int b) {
        // Cheapest and most selective checks first; the order only matters for speed and for the reported rule.
        if (a == b || pop.self[a] == pop.self[b]) {
            return Rule.SAME_PERSON.ordinal();
        }
        if (pop.excluded[a].length > 0 && pop.isExcluded(a, b)) {
            return Rule.EXCLUDED_PAIR.ordinal();
        }
        if (r.requireSharedLanguage() && !sharesLanguage(a, b)) {
            return Rule.LANGUAGE.ordinal();
        }
        if (checkSeniority && !seniorityFits(a, b)) {
            return Rule.SENIORITY.ordinal();
        }
        if (maxTzMinutes >= 0 && !timeZoneFits(a, b)) {
            return Rule.TIME_ZONE.ordinal();
        }
        if (r.country() == BoundaryRule.REQUIRED && !differs(pop.country, a, b)) {
            return Rule.COUNTRY.ordinal();
        }
        if (r.department() == BoundaryRule.REQUIRED && !differs(pop.department, a, b)) {
            return Rule.DEPARTMENT.ordinal();
        }
        if (r.region() == BoundaryRule.REQUIRED && !differs(pop.region, a, b)) {
            return Rule.REGION.ordinal();
        }
        if (r.separateReportingLines() && sameReportingLine(a, b)) {
            return Rule.REPORTING_LINE.ordinal();
        }
        return OK;
    }

    /** Bit set (by ordinal) of every rule the pair breaks; used to explain why someone stayed unmatched. */
    int allFailures(int a, int b) {
        int bits = 0;
        if (a == b || pop.self[a] == pop.self[b]) {
            bits |= bit(Rule.SAME_PERSON);
        }
        if (pop.isExcluded(a, b)) {
            bits |= bit(Rule.EXCLUDED_PAIR);
        }
        if (r.requireSharedLanguage() && !sharesLanguage(a, b)) {
            bits |= bit(Rule.LANGUAGE);
        }
        if (checkSeniority && !seniorityFits(a, b)) {
            bits |= bit(Rule.SENIORITY);
        }
        if (maxTzMinutes >= 0 && !timeZoneFits(a, b)) {
            bits |= bit(Rule.TIME_ZONE);
        }
        if (r.country() == BoundaryRule.REQUIRED && !differs(pop.country, a, b)) {
            bits |= bit(Rule.COUNTRY);
        }
        if (r.department() == BoundaryRule.REQUIRED && !differs(pop.department, a, b)) {
            bits |= bit(Rule.DEPARTMENT);
        }
        if (r.region() == BoundaryRule.REQUIRED && !differs(pop.region, a, b)) {
            bits |= bit(Rule.REGION);
        }
        if (r.separateReportingLines() && sameReportingLine(a, b)) {
            bits |= bit(Rule.REPORTING_LINE);
        }
        return bits;
    }

    static int bit(Rule rule) {
        return 1 << rule.ordinal();
    }

    boolean sharesLanguage(int a, int b) {
        if (pop.useMask) {
            return (pop.languageMask[a] & pop.languageMask[b]) != 0;
        }
        return Sorted.intersectionSize(pop.languages[a], pop.languages[b]) > 0;
    }

    /** Mentor a versus mentee b on the ladder; unknown levels fail because the rule cannot be verified. */
    boolean seniorityFits(int a, int b) {
        int sa = pop.seniority[a];
        int sb = pop.seniority[b];
        if (sa < 0 || sb < 0) {
            return false;
        }
        if (peer) {
            return Math.abs(sa - sb) <= maxGap;
        }
        int gap = reverse ? sb - sa : sa - sb;
        return gap >= minGap && gap <= maxGap;
    }

    boolean timeZoneFits(int a, int b) {
        int oa = pop.offsetSeconds[a];
        int ob = pop.offsetSeconds[b];
        if (oa == TimeZones.UNKNOWN || ob == TimeZones.UNKNOWN) {
            return false;
        }
        return TimeZones.distanceMinutes(oa, ob) <= maxTzMinutes;
    }

    private static boolean differs(int[] values, int a, int b) {
        // Unknown on either side cannot prove the pair crosses the boundary.
        return values[a] >= 0 && values[b] >= 0 && values[a] != values[b];
    }

    /** Either person is the other's manager or manager's manager. */
    boolean sameReportingLine(int a, int b) {
        int sa = pop.self[a];
        int sb = pop.self[b];
        return sa == pop.manager[b] || sa == pop.grandManager[b] || sb == pop.manager[a] || sb == pop.grandManager[a];
    }
}
