package com.pairwise.reminders.domain;

/** A mail ready to go: one recipient, text and HTML parts, the unsubscribe link for List-Unsubscribe headers. */
public record OutgoingMail(String to, String subject, String text, String html, String unsubscribeUrl, String reminderKey) {
}
