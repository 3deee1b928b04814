package com.pairwise.surveys.domain;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a set of answers against the survey's questions: type, range, options, unknown and missing questions.
 * Every problem is reported at once, named {@code answers.<questionId>} (or {@code answers.<questionId>.<skill>}).
 */
public final class AnswerRules {
    public static final String FIELD = "answers";

    private AnswerRules() {
    }

    /**
     * @param skills the skills a skill-ratings question asks about (the participant's skills to develop when sent)
     * @return the answers in question order; unanswered optional questions are left out
     * @throws ValidationException naming every bad answer
     */
    public static Map<String, Answer> check(SurveyTemplate template, List<String> skills, Map<String, AnswerValue> given) {
        List<FieldError> errors = new ArrayList<>();
        for (String id : given.keySet()) {
            if (template.question(id).isEmpty()) {
                errors.add(new FieldError(field(id), "is not a question of this survey"));
            }
        }
        Map<String, Answer> checked = new LinkedHashMap<>();
        for (Question q : template.questions()) {
            AnswerValue value = given.get(q.id());
            if (value == null) {
                if (q.required() && !(q.type() == QuestionType.SKILL_RATINGS && skills.isEmpty())) {
                    errors.add(new FieldError(field(q.id()), "is required"));
                }
                continue;
            }
            Answer answer = check(q, skills, value, errors);
            if (answer != null) {
                checked.put(q.id(), answer);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return checked;
    }

    private static Answer check(Question q, List<String> skills, AnswerValue value, List<FieldError> errors) {
        String field = field(q.id());
        switch (q.type()) {
            case SCALE, NPS -> {
                if (!(value instanceof AnswerValue.Whole whole)) {
                    return wrong(errors, field, "must be a whole number from " + q.min() + " to " + q.max(), value);
                }
                if (whole.value() < q.min() || whole.value() > q.max()) {
                    errors.add(new FieldError(field, "must be from " + q.min() + " to " + q.max()));
                    return null;
                }
                return new Answer.Score((int) whole.value());
            }
            case SINGLE_CHOICE -> {
                if (!(value instanceof AnswerValue.Text text)) {
                    return wrong(errors, field, "must be one of " + q.options(), value);
                }
                if (!q.options().contains(text.value())) {
                    errors.add(new FieldError(field, "must be one of " + q.options() + ", not '" + clip(text.value()) + "'"));
                    return null;
                }
                return new Answer.Choice(text.value());
            }
            case MULTIPLE_CHOICE -> {
                if (!(value instanceof AnswerValue.Texts texts)) {
                    return wrong(errors, field, "must be a list of options from " + q.options(), value);
                }
                Set<String> chosen = new LinkedHashSet<>(texts.values());
                for (String option : chosen) {
                    if (!q.options().contains(option)) {
                        errors.add(new FieldError(field, "must only hold options from " + q.options() + ", not '" + clip(option) + "'"));
                        return null;
                    }
                }
                if (chosen.isEmpty() && q.required()) {
                    errors.add(new FieldError(field, "is required: choose at least one option"));
                    return null;
                }
                // Stored in the question's order, so equal answers look equal in exports.
                return new Answer.Choices(q.options().stream().filter(chosen::contains).toList());
            }
            case FREE_TEXT -> {
                if (!(value instanceof AnswerValue.Text text)) {
                    return wrong(errors, field, "must be text", value);
                }
                String clean = text.value().replace("\r\n", "\n").strip();
                if (clean.isEmpty()) {
                    if (q.required()) {
                        errors.add(new FieldError(field, "is required"));
                    }
                    return null;
                }
                if (clean.codePointCount(0, clean.length()) > q.maxLength()) {
                    errors.add(new FieldError(field, "must be at most " + q.maxLength() + " characters"));
                    return null;
                }
                if (clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                    errors.add(new FieldError(field, "must not contain control characters"));
                    return null;
                }
                return new Answer.Written(clean);
            }
            case SKILL_RATINGS -> {
                return ratings(q, skills, value, errors);
            }
            default -> throw new IllegalStateException("unhandled question type " + q.type());
        }
    }

    private static Answer ratings(Question q, List<String> skills, AnswerValue value, List<FieldError> errors) {
        String field = field(q.id());
        if (!(value instanceof AnswerValue.Named named)) {
            return wrong(errors, field, "must be an object rating each skill from " + q.min() + " to " + q.max(), value);
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        int before = errors.size();
        for (Map.Entry<String, AnswerValue> e : named.values().entrySet()) {
            if (!skills.contains(e.getKey())) {
                errors.add(new FieldError(field + "." + e.getKey(), "is not one of the skills asked about " + skills));
            } else if (!(e.getValue() instanceof AnswerValue.Whole w) || w.value() < q.min() || w.value() > q.max()) {
                errors.add(new FieldError(field + "." + e.getKey(), "must be a whole number from " + q.min() + " to " + q.max()));
            } else {
                ratings.put(e.getKey(), (int) w.value());
            }
        }
        for (String skill : skills) {
            if (!named.values().containsKey(skill)) {
                errors.add(new FieldError(field + "." + skill, "is required"));
            }
        }
        return errors.size() == before ? new Answer.Ratings(ratings) : null;
    }

    private static Answer wrong(List<FieldError> errors, String field, String message, AnswerValue got) {
        String kind;
        if (got instanceof AnswerValue.Whole) {
            kind = "a number";
        } else if (got instanceof AnswerValue.Text) {
            kind = "text";
        } else if (got instanceof AnswerValue.Texts) {
            kind = "a list";
        } else if (got instanceof AnswerValue.Named) {
            kind = "an object";
        } else {
            kind = ((AnswerValue.Other) got).kind();
        }
        errors.add(new FieldError(field, message + ", not " + kind));
        return null;
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    public static String field(String questionId) {
        return FIELD + "." + questionId;
    }
}
