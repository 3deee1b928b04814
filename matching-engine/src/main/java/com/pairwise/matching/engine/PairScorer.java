package com.pairwise.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The integral soft score of an eligible pair, and the same computation spelled out as reasons. One code path serves
 * both, so a pair's reasons always add up to its score.
 */
final class PairScorer {

    private final Population pop;
    private final Weights w;
    private final boolean peer;
    private final boolean softTimeZone;
    private final int tzLimitMinutes;

    PairScorer(Population pop) {
        this.pop = pop;
        MatchingRules r = pop.rules;
        this.w = r.weights();
        this.peer = r.format() == Format.PEER;
        this.softTimeZone = !r.timeZoneHard() && w.timeZonePerHour() > 0;
        this.tzLimitMinutes = r.maxTimeZoneHours() == null ? 0 : r.maxTimeZoneHours() * 60;
    }

    /** Score of mentor {@code a} with mentee {@code b} (peers: symmetric). */
    int score(int a, int b) {
        long s = (long) w.skills() * Sorted.intersectionSize(pop.offered[a], pop.toDevelop[b]);
        s += (long) w.goals() * Math.min(Weights.MAX_GOAL_WORDS, Sorted.intersectionSize(pop.goalWords[b], pop.offerWords[a]));
        if (peer) {
            s += (long) w.skills() * Sorted.intersectionSize(pop.offered[b], pop.toDevelop[a]);
            s += (long) w.goals() * Math.min(Weights.MAX_GOAL_WORDS,
                    Sorted.intersectionSize(pop.goalWords[a], pop.offerWords[b]));
        }
        s += (long) w.interests() * Sorted.intersectionSize(pop.interests[a], pop.interests[b]);
        s += (long) w.crossBoundary() * crossedBonusBoundaries(a, b);
        if (softTimeZone) {
            s -= (long) w.timeZonePerHour() * hoursBeyondLimit(a, b);
        }
        return Math.toIntExact(s);
    }

    /** A reusable view for scoring many mentors against one mentee at a time; one per thread. */
    MenteeMarks menteeMarks() {
        if (peer) {
            throw new IllegalStateException("peers score both ways; use score(a, b)");
        }
        synchronized (this) {
            if (mentorSets == null) {
                mentorSets = new MentorSets(pop);
            }
        }
        return new MenteeMarks();
    }

    /**
     * Every mentor's offered skills, offer words and interests in one array (mentor a's three sets end at
     * bounds[3a+1], bounds[3a+2], bounds[3a+3]), so scoring a mentee's row reads memory in order. Items no mentee
     * could match (a skill nobody wants to develop, a word in nobody's goals, an interest nobody shares) are left out:
     * they never count.
     */
    private static final class MentorSets {
        final int[] items;
        final int[] bounds;

        MentorSets(Population pop) {
            int m = pop.mentorCount;
            boolean[][] wanted = {new boolean[pop.termNames.length], new boolean[pop.wordNames.length],
                new boolean[pop.termNames.length]};
            for (int b = m; b < pop.size; b++) {
                int[][] menteeSets = {pop.toDevelop[b], pop.goalWords[b], pop.interests[b]};
                for (int k = 0; k < 3; k++) {
                    for (int id : menteeSets[k]) {
                        wanted[k][id] = true;
                    }
                }
            }
            bounds = new int[3 * m + 1];
            int n = 0;
            for (int a = 0; a < m; a++) {
                n += pop.offered[a].length + pop.offerWords[a].length + pop.interests[a].length;
            }
            int[] all = new int[n];
            int at = 0;
            for (int a = 0; a < m; a++) {
                int[][] sets = {pop.offered[a], pop.offerWords[a], pop.interests[a]};
                for (int k = 0; k < 3; k++) {
                    for (int id : sets[k]) {
                        if (wanted[k][id]) {
                            all[at++] = id;
                        }
                    }
                    bounds[3 * a + 1 + k] = at;
                }
            }
            items = java.util.Arrays.copyOf(all, at);
        }
    }

    private MentorSets mentorSets;

    /**
     * The mentee's sets marked in flag arrays, so each intersection with a mentor's set is one pass over the mentor's
     * (short) set instead of a merge. Gives exactly {@link #score(int, int)}: the sets are duplicate-free.
     */
    final class MenteeMarks {
        // 0/1 bytes rather than booleans, so counting is an addition without a branch.
        private final byte[] develop = new byte[pop.termNames.length];
        private final byte[] interest = new byte[pop.termNames.length];
        private final byte[] goal = new byte[pop.wordNames.length];
        private int mentee = -1;

        /** Switches to mentee b. */
        void mark(int b) {
            if (mentee >= 0) {
                set(false);
            }
            mentee = b;
            set(true);
        }

        private void set(boolean mark) {
            byte on = (byte) (mark ? 1 : 0);
            for (int t : pop.toDevelop[mentee]) {
                develop[t] = on;
            }
            for (int t : pop.interests[mentee]) {
                interest[t] = on;
            }
            for (int w : pop.goalWords[mentee]) {
                goal[w] = on;
            }
        }

        /** Score of mentor a with the marked mentee. */
        int score(int a) {
            int b = mentee;
            int[] sets = mentorSets.items;
            int[] bound = mentorSets.bounds;
            int k = 3 * a;
            long s = (long) w.skills() * count(sets, bound[k], bound[k + 1], develop);
            s += (long) w.goals() * Math.min(Weights.MAX_GOAL_WORDS, count(sets, bound[k + 1], bound[k + 2], goal));
            s += (long) w.interests() * count(sets, bound[k + 2], bound[k + 3], interest);
            s += (long) w.crossBoundary() * crossedBonusBoundaries(a, b);
            if (softTimeZone) {
                s -= (long) w.timeZonePerHour() * hoursBeyondLimit(a, b);
            }
            return Math.toIntExact(s);
        }

        private int count(int[] ids, int from, int to, byte[] marked) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n += marked[ids[i]];
            }
            return n;
        }
    }

    /** The pair's score with its reasons, written to the mentee. */
    ScoredPair explain(int a, int b) {
        List<String> reasons = new ArrayList<>();
        int[] langs = Sorted.intersection(pop.languages[a], pop.languages[b]);
        if (langs.length > 0) {
            List<String> names = new ArrayList<>();
            for (int l : langs) {
                names.add(languageName(pop.languageCodes[l]));
            }
            reasons.add("speaks " + join(names) + " like you");
        }
        if (!peer && pop.rules.hasSeniorityRule() && pop.seniority[a] >= 0 && pop.seniority[b] >= 0) {
            int gap = pop.seniority[a] - pop.seniority[b];
            if (gap != 0) {
                int n = Math.abs(gap);
                reasons.add("is " + n + (n == 1 ? " level " : " levels ") + (gap > 0 ? "above" : "below") + " you");
            }
        }
        int[] skills = Sorted.intersection(pop.offered[a], pop.toDevelop[b]);
        if (skills.length > 0) {
            reasons.add("offers " + join(terms(skills)) + ", which you want to develop");
        }
        if (peer) {
            int[] back = Sorted.intersection(pop.offered[b], pop.toDevelop[a]);
            if (back.length > 0) {
                reasons.add("wants to develop " + join(terms(back)) + ", which you offer");
            }
        }
        int[] goals = Sorted.intersection(pop.goalWords[b], pop.offerWords[a]);
        if (goals.length > 0) {
            List<String> g = new ArrayList<>();
            for (int i = 0; i < Math.min(Weights.MAX_GOAL_WORDS, goals.length); i++) {
                g.add("\"" + pop.wordNames[goals[i]] + "\"");
            }
            reasons.add("brings what your goals mention: " + join(g));
        }
        if (peer) {
            int[] theirGoals = Sorted.intersection(pop.goalWords[a], pop.offerWords[b]);
            if (theirGoals.length > 0) {
                List<String> g = new ArrayList<>();
                for (int i = 0; i < Math.min(Weights.MAX_GOAL_WORDS, theirGoals.length); i++) {
                    g.add("\"" + pop.wordNames[theirGoals[i]] + "\"");
                }
                reasons.add("has goals you can help with: " + join(g));
            }
        }
        int[] shared = Sorted.intersection(pop.interests[a], pop.interests[b]);
        if (shared.length > 0) {
            reasons.add((shared.length == 1 ? "shares your interest in " : "shares your interests in ")
                    + join(terms(shared)));
        }
        MatchingRules r = pop.rules;
        if (r.country() != BoundaryRule.IGNORE && differs(pop.country, a, b)) {
            reasons.add("works in " + countryName(pop.countryCodes[pop.country[a]]) + ", a different country");
        }
        if (r.department() != BoundaryRule.IGNORE && differs(pop.department, a, b)) {
            reasons.add("works in " + pop.departmentNames[pop.department[a]] + ", a different department");
        }
        if (r.region() != BoundaryRule.IGNORE && differs(pop.region, a, b)) {
            reasons.add("works in " + pop.regionNames[pop.region[a]] + ", a different region");
        }
        int distance = distanceMinutes(a, b);
        if (softTimeZone && hoursBeyondLimit(a, b) > 0) {
            int h = (distance + 59) / 60;
            reasons.add("is about " + h + " hours from your time zone, beyond the program's "
                    + (tzLimitMinutes / 60) + "-hour limit");
        } else if (distance == 0) {
            reasons.add("is in your time zone");
        }
        return new ScoredPair(pop.ids[a], pop.ids[b], score(a, b), reasons);
    }

    private int crossedBonusBoundaries(int a, int b) {
        MatchingRules r = pop.rules;
        int n = 0;
        if (r.country() == BoundaryRule.BONUS && differs(pop.country, a, b)) {
            n++;
        }
        if (r.department() == BoundaryRule.BONUS && differs(pop.department, a, b)) {
            n++;
        }
        if (r.region() == BoundaryRule.BONUS && differs(pop.region, a, b)) {
            n++;
        }
        return n;
    }

    /** Started hours beyond the soft limit; an unknown zone counts as the farthest possible, 12 hours. */
    private int hoursBeyondLimit(int a, int b) {
        int excess = distanceMinutes(a, b) - tzLimitMinutes;
        return excess <= 0 ? 0 : (excess + 59) / 60;
    }

    private int distanceMinutes(int a, int b) {
        int oa = pop.offsetSeconds[a];
        int ob = pop.offsetSeconds[b];
        if (oa == TimeZones.UNKNOWN || ob == TimeZones.UNKNOWN) {
            return 12 * 60;
        }
        return TimeZones.distanceMinutes(oa, ob);
    }

    private static boolean differs(int[] values, int a, int b) {
        return values[a] >= 0 && values[b] >= 0 && values[a] != values[b];
    }

    private List<String> terms(int[] ids) {
        List<String> out = new ArrayList<>(ids.length);
        for (int t : ids) {
            out.add(pop.termNames[t]);
        }
        return out;
    }

    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
