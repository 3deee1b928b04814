package com.pairwise.agenda.template;

import java.util.List;

/** A template's sessions in another language: same keys, same order; timing comes from the base sessions. */
public record Translation(String language, List<Session> sessions) {
    public Translation {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
