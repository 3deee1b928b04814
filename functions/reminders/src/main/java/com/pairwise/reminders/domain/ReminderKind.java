package com.pairwise.reminders.domain;

import com.pairwise.shared.model.WireEnum;

/** What a reminder is about; each kind can be turned off by its recipient on its own. */
public enum ReminderKind implements WireEnum {
    MEETING("meeting"),
    MATCH_REQUEST("match_request"),
    MATCH_REQUEST_EXPIRED("match_request_expired"),
    INACTIVITY("inactivity"),
    WEEKLY_DIGEST("weekly_digest"),
    /** Requested by signup while a registration lacks what the program requires or matching needs. */
    REGISTRATION_INCOMPLETE("registration_incomplete"),
    /** Requested by surveys for an instance sent and not answered yet. */
    SURVEY_DUE("survey_due");

    private final String wire;

    ReminderKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
