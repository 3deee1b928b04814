package com.pairwise.reminders.domain;

/** Where a mail goes after its last refused attempt, so a person can look at it (SQS with an alarm in the cloud). */
public interface DeadLetters {
    void park(OutgoingMail mail, int attempts, String lastError);
}
