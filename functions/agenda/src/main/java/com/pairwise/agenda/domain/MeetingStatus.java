package com.pairwise.agenda.domain;

import com.pairwise.shared.model.WireEnum;

/** A meeting is scheduled until it is logged as held or cancelled; both are final. */
public enum MeetingStatus implements WireEnum {
    SCHEDULED,
    HELD,
    CANCELLED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
