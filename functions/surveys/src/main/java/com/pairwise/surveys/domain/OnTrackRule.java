package com.pairwise.surveys.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Whether an answer says the relationship needs a coordinator's check-in: the person says it is not on track, or is
 * dissatisfied (2 or less of 5), or only partly on track and lukewarm (3 or less).
 */
public final class OnTrackRule {
    private OnTrackRule() {
    }

    /** Empty when the survey asks nothing about how the relationship goes. */
    public static Optional<Boolean> needsCheckIn(SurveyTemplate template, Map<String, Answer> answers) {
        String onTrack = null;
        Integer satisfaction = null;
        for (Question q : template.questions()) {
            Answer a = answers.get(q.id());
            if (q.metric() == Metric.ON_TRACK && a instanceof Answer.Choice c) {
                onTrack = c.option();
            } else if (q.metric() == Metric.SATISFACTION && a instanceof Answer.Score s) {
                satisfaction = s.value();
            }
        }
        if (onTrack == null && satisfaction == null) {
            return Optional.empty();
        }
        boolean stuck = "no".equals(onTrack);
        boolean unhappy = satisfaction != null && satisfaction <= 2;
        boolean lukewarm = "partly".equals(onTrack) && (satisfaction == null || satisfaction <= 3);
        return Optional.of(stuck || unhappy || lukewarm);
    }
}
