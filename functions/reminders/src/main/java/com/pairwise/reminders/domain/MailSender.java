package com.pairwise.reminders.domain;

/** Hands mail to the mail service (SES in the cloud, a folder of .eml files locally). */
public interface MailSender {
    /** @throws MailRefusedException when the service did not take the mail; the run retries it later */
    void send(OutgoingMail mail);
}
