package com.pairwise.matching.domain;

import java.util.List;

/**
 * A coordinator's hand-made pair.
 *
 * @param menteeIds        one mentee (or peer); several only in group programs
 * @param overrideCapacity true lets the pair exceed the mentor's capacity; nothing else ever does
 */
public record ManualPairing(String mentorId, List<String> menteeIds, boolean overrideCapacity) {
    public ManualPairing {
        menteeIds = List.copyOf(menteeIds);
    }
}
