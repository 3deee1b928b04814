package com.pairwise.reminders.domain;

import com.pairwise.shared.model.ReminderTimings;
import java.util.HashMap;
import java.util.Map;

/** When a program's reminders fall due, as its coordinators set them; the defaults for a program never set (or gone). */
@FunctionalInterface
public interface ProgramTimings {
    ReminderTimings of(String programId);

    /** A view that reads each program once: made afresh for each run or event, so a change shows in the next. */
    default ProgramTimings cached() {
        Map<String, ReminderTimings> seen = new HashMap<>();
        return programId -> seen.computeIfAbsent(programId, this::of);
    }
}
