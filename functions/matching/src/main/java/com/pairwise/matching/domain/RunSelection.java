package com.pairwise.matching.domain;

import java.util.List;

/**
 * Which proposed pairs to commit: by pair id, or by mentee id; both null means the whole run.
 */
public record RunSelection(List<String> pairIds, List<String> menteeIds) {
    public static final RunSelection ALL = new RunSelection(null, null);

    public RunSelection {
        pairIds = pairIds == null ? null : List.copyOf(pairIds);
        menteeIds = menteeIds == null ? null : List.copyOf(menteeIds);
    }
}
