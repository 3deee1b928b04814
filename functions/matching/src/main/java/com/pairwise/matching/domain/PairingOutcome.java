package com.pairwise.matching.domain;

import com.pairwise.shared.model.Relationship;
import java.util.List;

/**
 * A started relationship and the program rules a coordinator's pairing overrode (empty when it broke none).
 *
 * @param overriddenRules per mentee, the first program rule the pair breaks, in words
 */
public record PairingOutcome(Relationship relationship, List<String> overriddenRules) {
    public PairingOutcome {
        overriddenRules = List.copyOf(overriddenRules);
    }
}
