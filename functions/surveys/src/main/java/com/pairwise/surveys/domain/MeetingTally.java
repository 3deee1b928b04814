package com.pairwise.surveys.domain;

import java.util.OptionalLong;

/**
 * Extension point for "meetings held per relationship": how many meetings a program's relationships have held.
 * The agenda function records meetings; until its store is merged, reports say the figure is not available.
 */
@FunctionalInterface
public interface MeetingTally {
    MeetingTally NOT_RECORDED = programId -> OptionalLong.empty();

    OptionalLong meetingsHeld(String programId);
}
