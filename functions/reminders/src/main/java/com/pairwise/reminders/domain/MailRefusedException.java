package com.pairwise.reminders.domain;

/** The mail service did not accept a mail (rejected, throttled, unavailable); worth retrying later. */
public final class MailRefusedException extends RuntimeException {
    public MailRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
