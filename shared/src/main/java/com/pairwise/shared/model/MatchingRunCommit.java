package com.pairwise.shared.model;

import java.time.Instant;

/**
 * The latest commit of a run, done in the background in chunks: how far it got and what it could not start.
 *
 * @param toCommit   pairs this commit sets out to start (the selection less pairs committed before)
 * @param position   pairs of the plan dealt with so far, started or failed
 * @param finishedAt null while the commit is running
 */
public record MatchingRunCommit(String id, String requestedBy, Instant requestedAt, int toCommit, int position,
                                int committed, int failed, int waitlisted, Instant finishedAt) {
}
