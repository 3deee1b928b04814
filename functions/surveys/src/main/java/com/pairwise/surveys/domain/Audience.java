package com.pairwise.surveys.domain;

import com.pairwise.shared.model.WireEnum;
import java.util.Locale;

/** Who in a relationship gets a survey. In peer programs both peers are "everyone"; mentor is the first peer. */
public enum Audience implements WireEnum {
    EVERYONE,
    MENTORS,
    MENTEES;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(boolean isMentor) {
        return this == EVERYONE || (this == MENTORS) == isMentor;
    }
}
