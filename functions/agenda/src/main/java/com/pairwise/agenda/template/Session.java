package com.pairwise.agenda.template;

import java.util.List;

/**
 * One session of an agenda template, e.g. goal setting.
 *
 * @param key               stable id, shared by a session and its translations, e.g. {@code goal-setting}
 * @param afterMeetings     meetings the pair should have held before this session fits
 * @param afterWeeks        weeks since the relationship started before this session fits
 * @param prompts           discussion prompts, in order; may use {@link Placeholders}
 * @param mentorPreparation what the mentor prepares beforehand
 * @param menteePreparation what the mentee prepares beforehand
 */
public record Session(
        String key,
        int afterMeetings,
        int afterWeeks,
        String title,
        String purpose,
        List<String> prompts,
        List<String> mentorPreparation,
        List<String> menteePreparation,
        List<Resource> resources) {

    public Session {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        mentorPreparation = mentorPreparation == null ? List.of() : List.copyOf(mentorPreparation);
        menteePreparation = menteePreparation == null ? List.of() : List.copyOf(menteePreparation);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
