package com.pairwise.reminders.domain;

import java.time.Instant;
import java.util.List;

/** People of a program still waiting for a mentor: waitlisted at sign-up, or left unmatched by a matching run. */
public interface WaitingPeople {

    /** Longest-waiting first within each reason, at most {@code limit} of each. */
    List<Waiting> of(String programId, int limit);

    record Waiting(String userId, Reason reason, Instant since) {
    }

    enum Reason { WAITLISTED, UNMATCHED }
}
