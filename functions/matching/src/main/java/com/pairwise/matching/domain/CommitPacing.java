package com.pairwise.matching.domain;

/**
 * How a run's commit is cut up. Progress is saved after every chunk (a worker dying loses at most one chunk's
 * bookkeeping, never a pair: each pair is marked in its own transaction); after {@code pairsPerJob} the job queues its
 * own continuation, so one invocation stays well inside the function's timeout whatever the run's size.
 */
public record CommitPacing(int chunk, int pairsPerJob) {
    /** ~100 transactions between saves; ~1,000 pairs per invocation is well under a minute of DynamoDB writes. */
    public static final CommitPacing DEFAULT = new CommitPacing(100, 1_000);

    public CommitPacing {
        if (chunk < 1 || pairsPerJob < chunk) {
            throw new IllegalArgumentException("need 1 <= chunk <= pairsPerJob");
        }
    }
}
