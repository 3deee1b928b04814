package com.pairwise.matching.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mentors as bit sets by what the language, seniority and hard time-zone rules read: one set per language spoken,
 * per level, per UTC offset. A mentee's candidates are (union of the sets of the languages it speaks) ∩ (union of the
 * levels that fit) ∩ (union of the offsets close enough), a few hundred word operations instead of one check per
 * mentor; these rules remove most pairs, so most of the 75 million checks of a 15,000 × 5,000 program are never made.
 *
 * <p>Exact: each level or offset is checked with {@link Eligibility} on one mentor who has it (the rule reads nothing
 * else of the mentor), a language set holds exactly the mentors speaking it, and the result is a necessary condition
 * only: {@link Eligibility#firstFailure} still decides each candidate pair.
 */
final class MentorGroups {

    private final Population pop;
    private final Eligibility eligibility;
    private final int words;
    /** Every open mentor. */
    private final long[] open;
    /** By language id: the open mentors speaking it (null when the language rule is off). */
    private final long[][] speakers;
    /** One representative mentor per level, and the open mentors at that level (null when the rule is off). */
    private final int[] levelRep;
    private final long[][] levelSet;
    /** Same by UTC offset (null when time zones are not a hard rule). */
    private final int[] offsetRep;
    private final long[][] offsetSet;

    MentorGroups(Population pop, Eligibility eligibility, int[] mentors) {
        this.pop = pop;
        this.eligibility = eligibility;
        MatchingRules rules = pop.rules;
        this.words = (pop.mentorCount + 63) >>> 6;
        this.open = new long[words];
        for (int j : mentors) {
            open[j >>> 6] |= 1L << j;
        }
        if (rules.requireSharedLanguage()) {
            speakers = new long[pop.languageCodes.length][words];
            for (int j : mentors) {
                for (int l : pop.languages[j]) {
                    speakers[l][j >>> 6] |= 1L << j;
                }
            }
        } else {
            speakers = null;
        }
        if (rules.hasSeniorityRule()) {
            Map<Integer, long[]> byLevel = partition(mentors, pop.seniority);
            levelRep = representatives(byLevel, mentors, pop.seniority);
            levelSet = byLevel.values().toArray(new long[0][]);
        } else {
            levelRep = null;
            levelSet = null;
        }
        if (rules.maxTimeZoneHours() != null && rules.timeZoneHard()) {
            Map<Integer, long[]> byOffset = partition(mentors, pop.offsetSeconds);
            offsetRep = representatives(byOffset, mentors, pop.offsetSeconds);
            offsetSet = byOffset.values().toArray(new long[0][]);
        } else {
            offsetRep = null;
            offsetSet = null;
        }
    }

    private Map<Integer, long[]> partition(int[] mentors, int[] attribute) {
        Map<Integer, long[]> sets = new LinkedHashMap<>();
        for (int j : mentors) {
            sets.computeIfAbsent(attribute[j], k -> new long[words])[j >>> 6] |= 1L << j;
        }
        return sets;
    }

    private static int[] representatives(Map<Integer, long[]> sets, int[] mentors, int[] attribute) {
        Map<Integer, Integer> first = new LinkedHashMap<>();
        for (int j : mentors) {
            first.putIfAbsent(attribute[j], j);
        }
        return sets.keySet().stream().mapToInt(first::get).toArray();
    }

    int words() {
        return words;
    }

    /**
     * Sets in {@code out} the open mentors who pass the language, seniority and hard time-zone rules with mentee b;
     * {@code scratch} is working space of the same length.
     */
    void candidatesFor(int b, long[] out, long[] scratch) {
        System.arraycopy(open, 0, out, 0, words);
        if (speakers != null) {
            Arrays.fill(scratch, 0L);
            for (int l : pop.languages[b]) {
                or(scratch, speakers[l]);
            }
            and(out, scratch);
        }
        if (levelRep != null) {
            Arrays.fill(scratch, 0L);
            for (int i = 0; i < levelRep.length; i++) {
                if (eligibility.seniorityFits(levelRep[i], b)) {
                    or(scratch, levelSet[i]);
                }
            }
            and(out, scratch);
        }
        if (offsetRep != null) {
            Arrays.fill(scratch, 0L);
            for (int i = 0; i < offsetRep.length; i++) {
                if (eligibility.timeZoneFits(offsetRep[i], b)) {
                    or(scratch, offsetSet[i]);
                }
            }
            and(out, scratch);
        }
    }

    private void or(long[] into, long[] set) {
        for (int w = 0; w < words; w++) {
            into[w] |= set[w];
        }
    }

    private void and(long[] into, long[] set) {
        for (int w = 0; w < words; w++) {
            into[w] &= set[w];
        }
    }
}
