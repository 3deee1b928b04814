package com.pairwise.surveys.domain;

import java.util.List;
import java.util.Optional;

/**
 * A program's surveys and how answers may be changed.
 *
 * @param editWindowHours how long after submitting a person may still change a (non-anonymous) answer; 0: never
 * @param custom          false when the program never saved its own and runs the product defaults
 */
public record SurveySettings(int editWindowHours, List<SurveyDefinition> surveys, boolean custom, long version) {
    public SurveySettings {
        surveys = List.copyOf(surveys);
    }

    /** What a program runs until a coordinator saves its own: the shipped templates on a sensible calendar. */
    public static SurveySettings defaults() {
        return new SurveySettings(24, List.of(
                new SurveyDefinition("skills-before", ShippedTemplates.SKILLS_BEFORE, false, Audience.MENTEES,
                        new Trigger(TriggerEvent.RELATIONSHIP_STARTED, 0, null)),
                new SurveyDefinition("check-in", ShippedTemplates.CHECK_IN, false, Audience.EVERYONE,
                        new Trigger(TriggerEvent.MEETING_HELD, 0, null)),
                new SurveyDefinition("quality", ShippedTemplates.QUALITY, false, Audience.EVERYONE,
                        new Trigger(TriggerEvent.RELATIONSHIP_STARTED, 30, 60)),
                new SurveyDefinition("end", ShippedTemplates.END, true, Audience.EVERYONE,
                        new Trigger(TriggerEvent.RELATIONSHIP_ENDED, 0, null)),
                new SurveyDefinition("nps", ShippedTemplates.NPS, true, Audience.EVERYONE,
                        new Trigger(TriggerEvent.RELATIONSHIP_ENDED, 0, null)),
                new SurveyDefinition("skills-after", ShippedTemplates.SKILLS_AFTER, false, Audience.MENTEES,
                        new Trigger(TriggerEvent.RELATIONSHIP_ENDED, 0, null)),
                new SurveyDefinition("testimonial", ShippedTemplates.TESTIMONIAL, false, Audience.MENTEES,
                        new Trigger(TriggerEvent.RELATIONSHIP_ENDED, 7, null))),
                false, 0);
    }

    public Optional<SurveyDefinition> survey(String id) {
        return surveys.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<SurveyDefinition> on(TriggerEvent event) {
        return surveys.stream().filter(s -> s.trigger().on() == event).toList();
    }
}
