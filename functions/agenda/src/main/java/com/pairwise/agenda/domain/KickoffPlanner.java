package com.pairwise.agenda.domain;

import com.pairwise.shared.model.ProgramFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prepares a new relationship's kick-off: the agenda of a first, hour-long meeting and a checklist. */
public final class KickoffPlanner {
    /** The suggested first meeting: an hour, a week after the start. */
    public static final int FIRST_MEETING_MINUTES = 60;
    private static final Duration FIRST_MEETING_AFTER = Duration.ofDays(7);

    private final AgendaSource source;
    private final ContentLibrary content;

    public KickoffPlanner(AgendaSource source, ContentLibrary content) {
        this.source = source;
        this.content = content;
    }

    /** @param history a request describing the relationship; its meeting fields are replaced by the first meeting's */
    public Kickoff plan(String relationshipId, AgendaRequest history) {
        AgendaRequest first = new AgendaRequest(history.template(), history.format(), history.startedAt(),
                history.startedAt().plus(FIRST_MEETING_AFTER), FIRST_MEETING_MINUTES, 0, Set.of(), history.goals(),
                history.participants(), List.of());
        Map<String, List<String>> checklists = new LinkedHashMap<>();
        for (String language : history.template().languages()) {
            checklists.put(language, checklist(content.phrasesIn(language), history.format()));
        }
        return new Kickoff(relationshipId, source.generateAll(first), checklists);
    }

    private static List<String> checklist(Phrases phrases, ProgramFormat format) {
        List<String> items = new ArrayList<>(List.of(phrases.get("checklist.contact"), phrases.get("checklist.schedule"),
                phrases.get("checklist.expectations"), phrases.get("checklist.confidentiality"), phrases.get("checklist.goals")));
        if (format == ProgramFormat.REVERSE) {
            items.add(phrases.get("checklist.reverse"));
        }
        if (format == ProgramFormat.GROUP) {
            items.add(phrases.get("checklist.group"));
        }
        return items;
    }
}
