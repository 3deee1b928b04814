package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.Resource;
import java.util.List;

/**
 * A generated agenda for one meeting, in one language.
 *
 * @param sessionKey  the template session it follows
 * @param facilitator who leads: {@code mentor}, {@code mentee} (reverse mentoring) or {@code everyone} (peers)
 * @param notes       format notes, e.g. how a group shares the time
 * @param source      what wrote it, e.g. {@code template}
 */
public record Agenda(
        String language,
        String sessionKey,
        String title,
        String purpose,
        String facilitator,
        int minutes,
        List<String> notes,
        List<AgendaItem> items,
        List<String> mentorPreparation,
        List<String> menteePreparation,
        List<Resource> resources,
        String source) {

    public Agenda {
        notes = List.copyOf(notes);
        items = List.copyOf(items);
        mentorPreparation = List.copyOf(mentorPreparation);
        menteePreparation = List.copyOf(menteePreparation);
        resources = List.copyOf(resources);
    }
}
