package com.pairwise.reminders.domain;

/** A rendered reminder: the same words as plain text and HTML, plus the kind's unsubscribe link. */
public record Message(String subject, String text, String html, String unsubscribeUrl) {
}
