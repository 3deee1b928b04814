package com.pairwise.surveys.domain;

import java.time.Instant;
import java.util.List;

/**
 * One survey sent to one person about one relationship.
 *
 * @param role       the person's place in the relationship: mentor, mentee or peer
 * @param region     the person's region when it was sent (reports break answers out by it); null when not given
 * @param language   the language to show it in
 * @param skills     the skills a skill-ratings question asks about (the person's skills to develop when sent)
 * @param occurrence 1 for the first of a repeating survey, then 2, 3, ...
 * @param answeredAt null while open
 */
public record SurveyInstance(String id, String programId, String surveyId, String templateId, String relationshipId,
                             String userId, String role, String region, String language, List<String> skills,
                             boolean anonymous, int occurrence, Instant sentAt, Instant answeredAt) {
    public SurveyInstance {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public SurveyInstance answered(Instant at) {
        return new SurveyInstance(id, programId, surveyId, templateId, relationshipId, userId, role, region, language, skills,
                anonymous, occurrence, sentAt, at);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }
}
