package com.pairwise.surveys.domain;

import java.time.Instant;

/** The next occurrence of a scheduled survey for one relationship, waiting for the daily dispatch. */
public record DueSurvey(String programId, String relationshipId, String surveyId, int occurrence, Instant dueAt) {
}
