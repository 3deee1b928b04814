package com.pairwise.reminders.domain;

import java.util.EnumSet;
import java.util.Set;

/** A person's choices: the kinds they turned off and their quiet hours. Everything is on until turned off. */
public record Preferences(Set<ReminderKind> off, QuietHours quietHours) {
    public static final Preferences DEFAULT = new Preferences(Set.of(), QuietHours.DEFAULT);

    public Preferences {
        off = off == null || off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
        quietHours = quietHours == null ? QuietHours.DEFAULT : quietHours;
    }

    public boolean allows(ReminderKind kind) {
        return !off.contains(kind);
    }

    public Preferences turnedOff(ReminderKind kind) {
        EnumSet<ReminderKind> now = off.isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(off);
        now.add(kind);
        return new Preferences(now, quietHours);
    }
}
