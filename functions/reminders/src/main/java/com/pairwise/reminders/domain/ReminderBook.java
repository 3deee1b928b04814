package com.pairwise.reminders.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where reminders wait until due. Every change is conditional, so duplicate events, retried runs and overlapping
 * runs cannot send one reminder twice: {@link #claim} succeeds for one run only.
 */
public interface ReminderBook {

    /** Stores the reminder unless one with the same key and the same or a newer revision is there. */
    void schedule(Reminder reminder);

    /** Withdraws a reminder (meeting cancelled, relationship ended) unless a newer revision is there. */
    void cancel(String recipientId, ReminderKind kind, String subject, long revision);

    /**
     * Subjects of the recipient's reminders of this kind that start with {@code subjectPrefix}, whatever their state:
     * a meeting's reminders at lead times the program has since changed are found this way and withdrawn.
     */
    List<String> subjects(String recipientId, ReminderKind kind, String subjectPrefix);

    /** Reminders due at {@code now}, oldest first, at most {@code limit}; the read capacity it consumed. */
    Due due(Instant now, int limit);

    record Due(List<Reminder> reminders, double readCapacity) {
        public Due {
            reminders = List.copyOf(reminders);
        }
    }

    /**
     * Takes the reminder for this run: it must still be scheduled at the due time seen, or claimed by a run whose
     * claim is older than {@code staleBefore} (that run died). Empty when another run has it or it is done.
     */
    Optional<Reminder> claim(Reminder seen, String runId, Instant now, Instant staleBefore);

    /** Ends a claimed reminder; it leaves the due index for good. */
    void finish(Reminder claimed, String runId, Outcome outcome, Instant now);

    /** Puts a claimed reminder back, due again at {@code dueAt} (quiet hours, retry after a refused mail). */
    void release(Reminder claimed, String runId, Instant dueAt, int attempts, String lastError);

    enum Outcome {
        SENT, SKIPPED, FAILED
    }
}
