package com.pairwise.surveys.domain;

import java.util.List;

/**
 * One question of a template. Its wording lives in the template text files, keyed by template and question id.
 *
 * @param min       scale, NPS and skill ratings: lowest allowed value
 * @param max       scale, NPS and skill ratings: highest allowed value
 * @param options   choice questions: the option ids, in display order
 * @param maxLength free text: the longest answer accepted, in characters
 */
public record Question(String id, QuestionType type, boolean required, int min, int max, List<String> options,
                       int maxLength, Metric metric) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Question scale(String id, boolean required, Metric metric) {
        return new Question(id, QuestionType.SCALE, required, 1, 5, List.of(), 0, metric);
    }

    public static Question nps(String id) {
        return new Question(id, QuestionType.NPS, true, 0, 10, List.of(), 0, Metric.NPS);
    }

    public static Question single(String id, boolean required, Metric metric, String... options) {
        return new Question(id, QuestionType.SINGLE_CHOICE, required, 0, 0, List.of(options), 0, metric);
    }

    public static Question multiple(String id, boolean required, String... options) {
        return new Question(id, QuestionType.MULTIPLE_CHOICE, required, 0, 0, List.of(options), 0, Metric.NONE);
    }

    public static Question text(String id, boolean required, int maxLength) {
        return new Question(id, QuestionType.FREE_TEXT, required, 0, 0, List.of(), maxLength, Metric.NONE);
    }

    public static Question skills(String id, Metric metric) {
        return new Question(id, QuestionType.SKILL_RATINGS, true, 1, 5, List.of(), 0, metric);
    }

    public boolean hasRange() {
        return type == QuestionType.SCALE || type == QuestionType.NPS || type == QuestionType.SKILL_RATINGS;
    }
}
