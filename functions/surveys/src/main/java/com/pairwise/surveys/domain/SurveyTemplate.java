package com.pairwise.surveys.domain;

import java.util.List;
import java.util.Optional;

/** A survey that ships with the product; programs pick templates and say when and to whom they go. */
public record SurveyTemplate(String id, List<Question> questions) {
    public SurveyTemplate {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public boolean asksForSkills() {
        return questions.stream().anyMatch(q -> q.type() == QuestionType.SKILL_RATINGS);
    }
}
