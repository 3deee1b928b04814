package com.pairwise.reminders.domain;

import java.time.Instant;

/** One entry of a person's in-app feed; every reminder lands here, mailed or not. {@code readAt} null when unread. */
public record Notification(String userId, String id, ReminderKind kind, String subject, String text, String programId,
                           Instant createdAt, Instant readAt) {
}
