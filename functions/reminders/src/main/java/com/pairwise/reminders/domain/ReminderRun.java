package com.pairwise.reminders.domain;

import com.pairwise.shared.store.Keys;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.metrics.BusinessMetrics;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over the reminders due now: claim each (one run wins), check it still makes sense, hold it through
 * quiet hours, write it to the feed, mail it, mark it done. The work grows with the reminders due, never with the
 * table. A run that dies leaves its claims behind; a later run takes them over once the claim lease has passed.
 */
public final class ReminderRun {
    /** At most this many reminders per run; the rest stay due for the next run. */
    public static final int BATCH = 1000;

    private final ReminderBook book;
    private final Recipients recipients;
    private final PreferenceBook preferences;
    private final Relevance relevance;
    private final MessageRenderer renderer;
    private final Feed feed;
    private final MailSender mail;
    private final DeadLetters deadLetters;
    private final ReminderSettings settings;
    private final Clock clock;
    private final IdGenerator ids;
    private final PrintStream log;
    private final BusinessMetrics metrics;

    public ReminderRun(ReminderBook book, Recipients recipients, PreferenceBook preferences, Relevance relevance,
                       MessageRenderer renderer, Feed feed, MailSender mail, DeadLetters deadLetters,
                       ReminderSettings settings, Clock clock, IdGenerator ids, PrintStream log,
                       BusinessMetrics metrics) {
        this.book = book;
        this.recipients = recipients;
        this.preferences = preferences;
        this.relevance = relevance;
        this.renderer = renderer;
        this.feed = feed;
        this.mail = mail;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.log = log;
        this.metrics = metrics;
    }

    public RunReport run() {
        String runId = ids.next("run");
        Instant now = clock.instant();
        ReminderBook.Due due = book.due(now, BATCH);
        Map<Step, Integer> counts = new HashMap<>();
        for (Reminder seen : due.reminders()) {
            Step step;
            try {
                step = process(seen, runId);
            } catch (RuntimeException e) {
                // Left claimed: a later run takes it over after the lease, so nothing is lost; the others still go.
                log.println("{\"level\":\"ERROR\",\"function\":\"reminders\",\"correlationId\":\"" + runId
                        + "\",\"reminder\":\"" + seen.kind().wire() + "\",\"error\":\"" + e.getClass().getName() + "\"}");
                step = Step.LOST;
            }
            if (step == Step.SENT) {
                // Counted one by one, as each is marked sent: a run that times out midway has still counted what it delivered.
                metrics.count(BusinessMetrics.REMINDER_SENT, runId);
            }
            counts.merge(step, 1, Integer::sum);
        }
        return new RunReport(runId, due.reminders().size(), n(counts, Step.SENT), n(counts, Step.LOST), n(counts, Step.HELD),
                n(counts, Step.SKIPPED), n(counts, Step.RETRIED), n(counts, Step.DEAD), due.readCapacity());
    }

    private enum Step { SENT, LOST, HELD, SKIPPED, RETRIED, DEAD }

    private static int n(Map<Step, Integer> counts, Step s) {
        return counts.getOrDefault(s, 0);
    }

    private Step process(Reminder seen, String runId) {
        Instant now = clock.instant();
        Optional<Reminder> claimed = book.claim(seen, runId, now, now.minus(settings.claimLease()));
        if (claimed.isEmpty()) {
            return Step.LOST;
        }
        Reminder r = claimed.get();
        if (r.expiresAt() != null && !now.isBefore(r.expiresAt()) || !relevance.stillRelevant(r)) {
            return skip(r, runId, now);
        }
        Optional<Recipient> found = r.kind() == ReminderKind.WEEKLY_DIGEST
                ? recipients.coordinator(r.programId(), r.recipientId()) : recipients.find(r.programId(), r.recipientId());
        if (found.isEmpty()) {
            return skip(r, runId, now);
        }
        Recipient to = found.get();
        Preferences prefs = preferences.of(to.userId());
        if (!prefs.allows(r.kind())) {
            return skip(r, runId, now);
        }
        Optional<Instant> held = prefs.quietHours().heldUntil(now, to.zone());
        if (held.isPresent()) {
            if (r.expiresAt() != null && !held.get().isBefore(r.expiresAt())) {
                return skip(r, runId, now);
            }
            book.release(r, runId, held.get(), r.attempts(), null);
            return Step.HELD;
        }
        Message message = renderer.render(withPartnerNames(r), to);
        if (r.attempts() == 0) {
            // A retry after a refused mail is due later, so its id would differ: its feed entry was written the first time.
            feed.add(new Notification(to.userId(), notificationId(r), r.kind(), message.subject(), message.text(),
                    r.programId(), r.dueAt(), null, r.about()));
        }
        if (to.email() == null || to.email().isBlank()) {
            book.finish(r, runId, ReminderBook.Outcome.SENT, now);
            return Step.SENT;
        }
        OutgoingMail outgoing = new OutgoingMail(to.email(), message.subject(), message.text(), message.html(),
                message.unsubscribeUrl(), r.key());
        try {
            mail.send(outgoing);
        } catch (MailRefusedException refused) {
            int attempts = r.attempts() + 1;
            String reason = refused.getMessage();
            // Not the reason: an SES message can quote the recipient's address. It goes to the reminder item and the dead letter.
            log.println("{\"level\":\"WARN\",\"function\":\"reminders\",\"event\":\"mail-refused\",\"correlationId\":\"" + runId
                    + "\",\"attempt\":" + attempts + ",\"reminder\":\"" + r.kind().wire() + "\"}");
            if (attempts >= settings.maxAttempts()) {
                deadLetters.park(outgoing, attempts, reason);
                book.finish(r, runId, ReminderBook.Outcome.FAILED, now);
                return Step.DEAD;
            }
            book.release(r, runId, now.plus(settings.retryAfter(attempts)), attempts, reason);
            return Step.RETRIED;
        }
        book.finish(r, runId, ReminderBook.Outcome.SENT, now);
        return Step.SENT;
    }

    private Step skip(Reminder r, String runId, Instant now) {
        book.finish(r, runId, ReminderBook.Outcome.SKIPPED, now);
        return Step.SKIPPED;
    }

    /** Partners are stored by id; their names are read now, so a renamed profile shows its new name. */
    private Reminder withPartnerNames(Reminder r) {
        String ids = r.facts().get("partnerIds");
        if (ids == null || ids.isBlank()) {
            return r;
        }
        StringBuilder names = new StringBuilder();
        for (String id : ids.split(",")) {
            recipients.find(r.programId(), id).map(Recipient::displayName).ifPresent(name -> {
                if (names.length() > 0) {
                    names.append(", ");
                }
                names.append(name);
            });
        }
        Map<String, String> facts = new HashMap<>(r.facts());
        facts.put("partner", names.toString());
        return new Reminder(r.recipientId(), r.subject(), r.kind(), r.programId(), r.dueAt(), r.revision(), facts,
                r.expiresAt(), r.attempts());
    }

    /** Stable per reminder and revision, so a resumed run writes the same feed entry, not a second one. */
    static String notificationId(Reminder r) {
        return Keys.digits(r.dueAt().toEpochMilli(), 13) + "-" + Integer.toHexString((r.key() + "#" + r.revision()).hashCode());
    }
}
