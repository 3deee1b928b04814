package com.pairwise.reminders.domain;

import java.time.Instant;
import java.util.Set;

/**
 * One entry of a person's in-app feed; every reminder lands here, mailed or not. {@code readAt} null when unread.
 *
 * @param about the ids of the other people its text names (partners, people listed in a digest), so an erasure finds
 *              and rewrites the entry; never shown
 */
public record Notification(String userId, String id, ReminderKind kind, String subject, String text, String programId,
                           Instant createdAt, Instant readAt, Set<String> about) {
    public Notification {
        about = about == null ? Set.of() : Set.copyOf(about);
    }
}
