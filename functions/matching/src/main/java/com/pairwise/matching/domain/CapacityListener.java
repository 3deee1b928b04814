package com.pairwise.matching.domain;

/** Told when a mentor has a free place again, so a waiting mentee can be offered it. */
@FunctionalInterface
public interface CapacityListener {
    CapacityListener NONE = (programId, mentorId) -> { };

    void mentorHasRoom(String programId, String mentorId);
}
