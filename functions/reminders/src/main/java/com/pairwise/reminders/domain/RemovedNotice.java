package com.pairwise.reminders.domain;

/** What a feed entry says once the person it named was erased: a neutral sentence in its reader's language. */
public record RemovedNotice(String subject, String text) {
    public static RemovedNotice in(Language language) {
        return new RemovedNotice(Phrases.get(language, "removed.subject"), Phrases.get(language, "removed.body"));
    }
}
