package com.pairwise.reminders.domain;

/** The in-app feed, as the reminder run writes it. */
public interface Feed {
    /** Adds the entry unless one with its id is there already (a resumed run writes it again). */
    void add(Notification notification);
}
