package com.pairwise.reminders.domain;

import java.util.Optional;

/** Finds who a reminder goes to (name, address, language, zone) from their profile in the program. */
public interface Recipients {
    Optional<Recipient> find(String programId, String userId);

    /**
     * A program's coordinator, who need not be registered in it: their profile there, else in another program,
     * else someone known only by id (the digest then lands in their feed alone).
     */
    default Optional<Recipient> coordinator(String programId, String userId) {
        return find(programId, userId);
    }
}
