package com.pairwise.local;

import com.pairwise.shared.store.PairwiseTable;
import java.time.Clock;

/**
 * What the runner hands each function's factory: the table on DynamoDB Local, the clock, and the local event bus
 * (the cloud's counterparts are the Lambda environment's table, the system clock and EventBridge).
 */
public record LocalEnvironment(PairwiseTable table, Clock clock, LocalEventPublisher events) {
}
