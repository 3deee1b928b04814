package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.ProgramTimings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ReminderTimings;
import com.pairwise.shared.store.ProgramStore;

/** Reminder timings from the program item signup writes (one GetItem); defaults when the program is not found. */
public final class ProgramStoreTimings implements ProgramTimings {
    private final ProgramStore programs;

    public ProgramStoreTimings(ProgramStore programs) {
        this.programs = programs;
    }

    @Override
    public ReminderTimings of(String programId) {
        return programs.get(programId).map(Program::settings).map(s -> s.reminders()).orElse(ReminderTimings.DEFAULTS);
    }
}
