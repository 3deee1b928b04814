package com.pairwise.shared.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a coordinator sets on a program.
 *
 * @param menteeCap             places for those seeking a mentor (mentees, or peers in peer programs); null means no
 *                              cap. Sign-ups beyond it are waitlisted, not refused.
 * @param requiredProfileFields profile fields a sign-up must fill in besides name, email and languages
 * @param languages             ISO 639-1 codes the program runs in; every participant must speak one
 * @param seniorityLevels       the program's own ladder, lowest first, e.g. intern .. chief officer
 * @param coordinators          user ids (token {@code sub}) who manage this program only
 * @param matching              the rules matching follows; defaults when the program never set them
 * @param reminders             when reminders fall due; defaults when the program never set them
 */
public record ProgramSettings(
        String name,
        String description,
        ProgramKind kind,
        LocalDate startDate,
        LocalDate endDate,
        ProgramFormat format,
        ProgramStatus status,
        RegistrationWindow mentorRegistration,
        RegistrationWindow menteeRegistration,
        Integer menteeCap,
        int defaultMentorCapacity,
        Set<ProfileField> requiredProfileFields,
        List<String> languages,
        List<String> seniorityLevels,
        List<String> coordinators,
        MatchingSettings matching,
        ReminderTimings reminders) {

    /** Settings with their own matching rules but default reminder timings. */
    public ProgramSettings(String name, String description, ProgramKind kind, LocalDate startDate, LocalDate endDate,
                           ProgramFormat format, ProgramStatus status, RegistrationWindow mentorRegistration,
                           RegistrationWindow menteeRegistration, Integer menteeCap, int defaultMentorCapacity,
                           Set<ProfileField> requiredProfileFields, List<String> languages, List<String> seniorityLevels,
                           List<String> coordinators, MatchingSettings matching) {
        this(name, description, kind, startDate, endDate, format, status, mentorRegistration, menteeRegistration, menteeCap,
                defaultMentorCapacity, requiredProfileFields, languages, seniorityLevels, coordinators, matching, ReminderTimings.DEFAULTS);
    }

    /** Settings without matching rules of their own: matching uses {@link MatchingSettings#DEFAULTS}. */
    public ProgramSettings(String name, String description, ProgramKind kind, LocalDate startDate, LocalDate endDate,
                           ProgramFormat format, ProgramStatus status, RegistrationWindow mentorRegistration,
                           RegistrationWindow menteeRegistration, Integer menteeCap, int defaultMentorCapacity,
                           Set<ProfileField> requiredProfileFields, List<String> languages, List<String> seniorityLevels,
                           List<String> coordinators) {
        this(name, description, kind, startDate, endDate, format, status, mentorRegistration, menteeRegistration, menteeCap,
                defaultMentorCapacity, requiredProfileFields, languages, seniorityLevels, coordinators, MatchingSettings.DEFAULTS);
    }

    public ProgramSettings {
        matching = matching == null ? MatchingSettings.DEFAULTS : matching;
        reminders = reminders == null ? ReminderTimings.DEFAULTS : reminders;
        // Absent lists are empty lists, so a half-read request body can never fail on a null.
        requiredProfileFields = requiredProfileFields == null ? Set.of() : Set.copyOf(requiredProfileFields);
        languages = languages == null ? List.of() : List.copyOf(languages);
        seniorityLevels = seniorityLevels == null ? List.of() : List.copyOf(seniorityLevels);
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        mentorRegistration = mentorRegistration == null ? RegistrationWindow.ALWAYS : mentorRegistration;
        menteeRegistration = menteeRegistration == null ? RegistrationWindow.ALWAYS : menteeRegistration;
    }

    public ProgramSettings withMatching(MatchingSettings newMatching) {
        return new ProgramSettings(name, description, kind, startDate, endDate, format, status, mentorRegistration,
                menteeRegistration, menteeCap, defaultMentorCapacity, requiredProfileFields, languages, seniorityLevels,
                coordinators, newMatching, reminders);
    }

    public ProgramSettings withReminders(ReminderTimings newReminders) {
        return new ProgramSettings(name, description, kind, startDate, endDate, format, status, mentorRegistration,
                menteeRegistration, menteeCap, defaultMentorCapacity, requiredProfileFields, languages, seniorityLevels,
                coordinators, matching, newReminders);
    }

    /** The same settings managed by other coordinators; every other setting, matching rules and timings included, stays. */
    public ProgramSettings withCoordinators(List<String> newCoordinators) {
        return new ProgramSettings(name, description, kind, startDate, endDate, format, status, mentorRegistration,
                menteeRegistration, menteeCap, defaultMentorCapacity, requiredProfileFields, languages, seniorityLevels,
                newCoordinators, matching, reminders);
    }
}
