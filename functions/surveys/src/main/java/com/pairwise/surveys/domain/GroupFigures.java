package com.pairwise.surveys.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Survey figures of one group (the whole program or one region), computed from its counters. A figure resting on
 * fewer than {@link KAnonymity#MIN_ANSWERS} answers is null, so no one's answer can be read off it.
 *
 * @param suppressed the group is not broken out at all (too few answers, or it would let a hidden group be derived)
 * @param nps        -100..100, or null
 * @param skillChange average after-minus-before rating per skill rated by the same person both times, or null
 * @param meetings   meetings held by the group's relationships (mentees, per region)
 */
public record GroupFigures(String group, boolean suppressed, long answers, long sent, List<ResponseRate> responseRates,
                           Double nps, Long npsAnswers, Double satisfaction, Long satisfactionAnswers,
                           Double skillsBefore, Double skillsAfter, Double skillChange, Long skillChangeAnswers,
                           long matched, MeetingFigures meetings) {

    public GroupFigures {
        responseRates = List.copyOf(responseRates);
    }

    /** A region's figures: its meeting figures count its matched mentees (peers). */
    public static GroupFigures from(String group, Map<String, Long> counters) {
        return from(group, counters, Counters.MATCHED);
    }

    /** @param activeCounter what the meeting figures count per: {@link Counters#RELATIONSHIPS_ACTIVE} for the whole program */
    public static GroupFigures from(String group, Map<String, Long> counters, String activeCounter) {
        TreeSet<String> surveys = new TreeSet<>();
        long answers = 0;
        long sent = 0;
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            String s = Counters.sentSurvey(e.getKey());
            String a = Counters.answeredSurvey(e.getKey());
            if (s != null) {
                surveys.add(s);
                sent += e.getValue();
            }
            if (a != null) {
                surveys.add(a);
                answers += e.getValue();
            }
        }
        List<ResponseRate> rates = new ArrayList<>();
        for (String s : surveys) {
            rates.add(new ResponseRate(s, get(counters, Counters.sent(s)), get(counters, Counters.answered(s))));
        }
        long npsN = get(counters, Counters.NPS_N);
        Double nps = enough(npsN) ? 100.0 * (get(counters, Counters.NPS_PROMOTERS) - get(counters, Counters.NPS_DETRACTORS)) / npsN : null;
        long satN = get(counters, Counters.SATISFACTION_N);
        long changeN = get(counters, Counters.SKILLS_CHANGE_N);
        return new GroupFigures(group, false, answers, sent, rates,
                nps == null ? null : round(nps), npsN,
                mean(counters, Counters.SATISFACTION_SUM, satN), satN,
                mean(counters, Counters.SKILLS_BEFORE_SUM, get(counters, Counters.SKILLS_BEFORE_N)),
                mean(counters, Counters.SKILLS_AFTER_SUM, get(counters, Counters.SKILLS_AFTER_N)),
                mean(counters, Counters.SKILLS_CHANGE_SUM, changeN), changeN,
                get(counters, Counters.MATCHED), MeetingFigures.from(counters, activeCounter));
    }

    /** The same group with nothing but its name: not broken out. */
    public GroupFigures hidden() {
        return new GroupFigures(group, true, 0, 0, List.of(), null, null, null, null, null, null, null, null, 0, MeetingFigures.NONE);
    }

    private static Double mean(Map<String, Long> counters, String sum, long n) {
        return enough(n) ? round((double) get(counters, sum) / n) : null;
    }

    private static boolean enough(long n) {
        return n >= KAnonymity.MIN_ANSWERS;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static long get(Map<String, Long> counters, String name) {
        return counters.getOrDefault(name, 0L);
    }
}
