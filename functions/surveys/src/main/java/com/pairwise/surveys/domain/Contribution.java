package com.pairwise.surveys.domain;

import java.util.HashMap;
import java.util.Map;

/** What one response adds to the report counters: answer counts, NPS buckets, satisfaction and skill sums. */
public final class Contribution {
    private Contribution() {
    }

    /**
     * @param baseline for a skills-after answer: the same person's skills-before ratings, or null when unknown
     *                 (anonymous, or never answered); paired changes are only counted when known
     */
    public static Map<String, Long> of(String surveyId, SurveyTemplate template, Map<String, Answer> answers,
                                       Map<String, Integer> baseline) {
        Map<String, Long> deltas = new HashMap<>();
        deltas.put(Counters.answered(surveyId), 1L);
        for (Question q : template.questions()) {
            Answer a = answers.get(q.id());
            if (a == null) {
                continue;
            }
            switch (q.metric()) {
                case NPS -> {
                    int score = ((Answer.Score) a).value();
                    add(deltas, Counters.NPS_N, 1);
                    if (score >= 9) {
                        add(deltas, Counters.NPS_PROMOTERS, 1);
                    } else if (score <= 6) {
                        add(deltas, Counters.NPS_DETRACTORS, 1);
                    }
                }
                case SATISFACTION -> {
                    add(deltas, Counters.SATISFACTION_N, 1);
                    add(deltas, Counters.SATISFACTION_SUM, ((Answer.Score) a).value());
                }
                case SKILLS_BEFORE -> ((Answer.Ratings) a).bySkill().values().forEach(r -> {
                    add(deltas, Counters.SKILLS_BEFORE_N, 1);
                    add(deltas, Counters.SKILLS_BEFORE_SUM, r);
                });
                case SKILLS_AFTER -> ((Answer.Ratings) a).bySkill().forEach((skill, r) -> {
                    add(deltas, Counters.SKILLS_AFTER_N, 1);
                    add(deltas, Counters.SKILLS_AFTER_SUM, r);
                    Integer before = baseline == null ? null : baseline.get(skill);
                    if (before != null) {
                        add(deltas, Counters.SKILLS_CHANGE_N, 1);
                        add(deltas, Counters.SKILLS_CHANGE_SUM, r - before);
                    }
                });
                default -> {
                    // counted only as an answer
                }
            }
        }
        return deltas;
    }

    /** {@code after - before}, for replacing an edited response's contribution in one ADD. */
    public static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new HashMap<>(after);
        before.forEach((k, v) -> out.merge(k, -v, Long::sum));
        out.values().removeIf(v -> v == 0);
        return out;
    }

    private static void add(Map<String, Long> deltas, String name, long value) {
        deltas.merge(name, value, Long::sum);
    }
}
