package com.pairwise.reminders.domain;

/**
 * What one run did.
 *
 * @param runId        the run's id: its claims carry it, and its log and metric lines use it as correlation id
 * @param found        due reminders read from the index
 * @param lost         claimed by another run first, or already done
 * @param held         put back until the end of the recipient's quiet hours
 * @param skipped      turned off, pointless by now, or no longer relevant
 * @param retried      refused by the mail service, due again later
 * @param deadLettered refused too often, parked in the dead-letter queue
 * @param readCapacity read capacity units the due query consumed
 */
public record RunReport(String runId, int found, int sent, int lost, int held, int skipped, int retried, int deadLettered, double readCapacity) {
}
