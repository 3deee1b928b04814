package com.pairwise.surveys.domain;

import com.pairwise.shared.model.WireEnum;
import java.util.Locale;

/** What starts a survey's clock. */
public enum TriggerEvent implements WireEnum {
    /** Sent {@code afterDays} after a relationship starts, then every {@code everyDays} while it is active. */
    RELATIONSHIP_STARTED,
    /** Sent when a relationship ends (end of relationship or of the program). */
    RELATIONSHIP_ENDED,
    /** Sent {@code afterDays} after each meeting the pair logs as held (agenda's MeetingHeld); occurrence n is the n-th meeting. */
    MEETING_HELD;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
