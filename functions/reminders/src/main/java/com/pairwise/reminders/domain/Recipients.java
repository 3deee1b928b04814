package com.pairwise.reminders.domain;

import java.util.Optional;

/** Finds who a reminder goes to (name, address, language, zone) from their profile in the program. */
public interface Recipients {
    Optional<Recipient> find(String programId, String userId);
}
