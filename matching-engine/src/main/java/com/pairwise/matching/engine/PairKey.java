package com.pairwise.matching.engine;

/** A pair that must never be proposed, e.g. an ended relationship. For peers the order does not matter. */
public record PairKey(String mentorId, String menteeId) {
}
