package com.pairwise.surveys.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.surveys.store.SurveyStore;

/** A program's survey settings: the defaults until a coordinator saves the program's own. */
public final class ProgramSurveys {
    private final ProgramAccess access;
    private final SurveyStore store;
    private final SurveySettingsRules rules;

    public ProgramSurveys(ProgramAccess access, SurveyStore store, SurveySettingsRules rules) {
        this.access = access;
        this.store = store;
        this.rules = rules;
    }

    public SurveySettings get(Caller caller, String programId) {
        access.coordinated(caller, programId);
        return of(programId);
    }

    /** What the program runs: its own settings, or the defaults. */
    public SurveySettings of(String programId) {
        return store.settings(programId).orElseGet(SurveySettings::defaults);
    }

    /**
     * @param expectedVersion the version the client read, or null to replace whatever is there
     */
    public SurveySettings put(Caller caller, String programId, SurveySettings settings, Long expectedVersion) {
        access.coordinated(caller, programId);
        rules.check(settings);
        long version = expectedVersion != null ? expectedVersion : store.settings(programId).map(SurveySettings::version).orElse(0L);
        return store.saveSettings(programId, settings, version);
    }
}
