package com.pairwise.surveys.domain;

import java.time.Instant;
import java.util.Map;

/** A non-anonymous answer to one survey instance, as exported to coordinators. */
public record SurveyResponse(String instanceId, String programId, String surveyId, String templateId, String relationshipId,
                             String userId, String role, String region, Instant submittedAt, Instant updatedAt,
                             Map<String, Answer> answers) {
    public SurveyResponse {
        answers = Map.copyOf(answers);
    }
}
