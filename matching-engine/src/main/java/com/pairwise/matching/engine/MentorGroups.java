package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mentors grouped by what the language, seniority and time-zone rules read (languages, level, UTC offset). Those rules
 * give the same answer for every mentor of a group, so a mentee is checked against each group once, and only the
 * mentors of passing groups are checked pair by pair. A program has far fewer groups than mentors, and these rules
 * remove most pairs, so most of the 75 million checks of a 15,000 × 5,000 program are never made.
 *
 * <p>Exact: a group's check is a necessary condition only; {@link Eligibility#firstFailure} still decides each pair.
 */
final class MentorGroups {

    private final Eligibility eligibility;
    private final boolean checkLanguage;
    private final boolean checkSeniority;
    private final boolean checkTimeZone;
    /** One mentor per group, whose profile stands for the group. */
    private final int[] representative;
    /** For each group, a bit set over mentor indices (words of 64). */
    private final long[][] members;
    private final int words;

    MentorGroups(Population pop, Eligibility eligibility, int[] mentors) {
        this.eligibility = eligibility;
        MatchingRules rules = pop.rules;
        this.checkLanguage = rules.requireSharedLanguage();
        this.checkSeniority = rules.hasSeniorityRule();
        this.checkTimeZone = rules.maxTimeZoneHours() != null && rules.timeZoneHard();
        this.words = (pop.mentorCount + 63) >>> 6;
        Map<List<Integer>, Integer> groupOf = new HashMap<>();
        List<Integer> reps = new ArrayList<>();
        List<long[]> sets = new ArrayList<>();
        for (int j : mentors) {
            List<Integer> key = new ArrayList<>();
            key.add(checkSeniority ? pop.seniority[j] : 0);
            key.add(checkTimeZone ? pop.offsetSeconds[j] : 0);
            if (checkLanguage) {
                for (int l : pop.languages[j]) {
                    key.add(l);
                }
            }
            int g = groupOf.computeIfAbsent(key, k -> {
                reps.add(j);
                sets.add(new long[words]);
                return reps.size() - 1;
            });
            sets.get(g)[j >>> 6] |= 1L << j;
        }
        this.representative = reps.stream().mapToInt(Integer::intValue).toArray();
        this.members = sets.toArray(new long[0][]);
    }

    int groups() {
        return representative.length;
    }

    /** Sets in {@code out} (length {@link #words()}) the mentors whose group passes the group rules for mentee b. */
    void candidatesFor(int b, long[] out) {
        Arrays.fill(out, 0L);
        for (int g = 0; g < representative.length; g++) {
            int a = representative[g];
            if (checkLanguage && !eligibility.sharesLanguage(a, b)
                    || checkSeniority && !eligibility.seniorityFits(a, b)
                    || checkTimeZone && !eligibility.timeZoneFits(a, b)) {
                continue;
            }
            long[] m = members[g];
            for (int w = 0; w < words; w++) {
                out[w] |= m[w];
            }
        }
    }

    int words() {
        return words;
    }
}
