package com.pairwise.local;

import com.pairwise.shared.store.PairwiseTable;
import java.time.Clock;

/**
 * What the runner hands each function's factory: the table on DynamoDB Local, the clock, and the local event bus
 * and the data folder for local-only files such as the mail outbox
 * (the cloud's counterparts are the Lambda environment's table, the system clock and EventBridge).
 */
public record LocalEnvironment(PairwiseTable table, Clock clock, LocalEventPublisher events, java.nio.file.Path dataDir) {

    /** Without a data folder of its own: the runner's default one. */
    public LocalEnvironment(PairwiseTable table, Clock clock, LocalEventPublisher events) {
        this(table, clock, events, java.nio.file.Path.of(LocalRunner.DEFAULT_DATA_DIR).toAbsolutePath());
    }

    /** Where the reminders function writes mail (.eml files) instead of sending it. */
    public java.nio.file.Path outbox() {
        return dataDir.resolve("outbox");
    }
}
