package com.pairwise.agenda.store;

import com.pairwise.shared.store.Keys;

/**
 * Keys of the agenda function's items. A pair's meetings, agendas, kick-off and schedule guard live in the
 * relationship's partition ({@code REL#<id>}) so one consistent Query reads a pair's whole history; a small pointer
 * item per meeting ({@code MEETING#<id>}) finds it by id alone. See docs/data-model.md.
 */
public final class AgendaKeys {
    public static final String MEETING_PREFIX = "MEETING#";
    public static final String AGENDA_PREFIX = "AGENDA#";
    public static final String POINTER_SK = "MEETING";
    public static final String SCHEDULE_SK = "SCHEDULE";
    public static final String KICKOFF_SK = "KICKOFF";
    public static final String TEMPLATE_SK = "AGENDA_TEMPLATE";

    private AgendaKeys() {
    }

    public static String relationship(String relationshipId) {
        return Keys.relationship(relationshipId);
    }

    public static String meeting(String meetingId) {
        return MEETING_PREFIX + meetingId;
    }

    public static String agenda(String meetingId) {
        return AGENDA_PREFIX + meetingId;
    }
}
