package com.pairwise.agenda.domain;

import java.util.List;
import java.util.Map;

/**
 * What a new pair finds ready when their relationship starts: the first meeting's suggested agenda and a kick-off
 * checklist, each in every language the program's template has.
 */
public record Kickoff(String relationshipId, Map<String, Agenda> agendas, Map<String, List<String>> checklists) {
    public Kickoff {
        agendas = Map.copyOf(agendas);
        checklists = Map.copyOf(checklists);
    }
}
