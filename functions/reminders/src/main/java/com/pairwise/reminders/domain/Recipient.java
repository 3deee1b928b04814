package com.pairwise.reminders.domain;

import java.time.ZoneId;

/** Who a reminder goes to, as their program profile describes them. {@code email} may be null (feed only). */
public record Recipient(String userId, String displayName, String email, Language language, ZoneId zone) {
}
