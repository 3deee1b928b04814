package com.pairwise.surveys.domain;

/**
 * One survey of a program: a shipped template, who gets it and when.
 *
 * @param id        the program's own short name for it, e.g. {@code quality}; unique within the program
 * @param anonymous answers keep no link to the person once submitted, and do not feed relationship flags
 */
public record SurveyDefinition(String id, String template, boolean anonymous, Audience audience, Trigger trigger) {
}
