package com.pairwise.reminders.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One message to one person, due at a time. (recipient, subject, kind) names it: at most one is ever sent.
 *
 * @param subject   what it is about, with its step when a thing has several reminders, e.g. {@code mtg_x/24h}
 * @param revision  the version of the source it was computed from (meeting sequence, activity time); an older
 *                  revision never overwrites a newer one, so events delivered out of order do no harm
 * @param facts     what the message says (meeting start, agenda lines, partner's name), as text
 * @param expiresAt after this it is pointless (a meeting reminder after the meeting); null when never
 * @param attempts  mail deliveries that failed so far
 */
public record Reminder(
        String recipientId,
        String subject,
        ReminderKind kind,
        String programId,
        Instant dueAt,
        long revision,
        Map<String, String> facts,
        Instant expiresAt,
        int attempts) {

    public Reminder {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    /** Fact listing, comma-separated, the ids of other people a message names beyond its partners (a digest's lists). */
    public static final String ABOUT = "about";

    /**
     * The other people whose personal data the message carries: its partners ({@code partnerIds}) and whoever
     * {@code about} lists. Kinds about the recipient alone (registration, survey) name nobody else.
     */
    public Set<String> about() {
        Set<String> out = new TreeSet<>();
        for (String fact : new String[] {"partnerIds", ABOUT}) {
            for (String id : facts.getOrDefault(fact, "").split(",")) {
                if (!id.isBlank()) {
                    out.add(id.trim());
                }
            }
        }
        out.remove(recipientId);
        return out;
    }

    public String key() {
        return recipientId + "/" + kind.wire() + "/" + subject;
    }

    public Reminder dueAt(Instant at, int newAttempts) {
        return new Reminder(recipientId, subject, kind, programId, at, revision, facts, expiresAt, newAttempts);
    }
}
