package com.pairwise.reminders.domain;

/** People's reminder preferences. */
public interface PreferenceBook {
    Preferences of(String userId);

    void save(String userId, Preferences preferences);

    /** Turns one kind off, whatever else changes at the same time. */
    void turnOff(String userId, ReminderKind kind);
}
