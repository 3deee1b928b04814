package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.shared.model.Relationship;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns a pair's stored meetings into the generator's input for one (new or existing) meeting. */
final class AgendaHistory {
    private AgendaHistory() {
    }

    /**
     * @param meetings every meeting of the pair
     * @param self     the meeting the agenda is for (left out of its own history), or null for a new one
     */
    static AgendaRequest request(AgendaTemplate template, Relationship r, List<Meeting> meetings, String self, Instant start,
                                 int minutes, List<Participant> people) {
        Set<String> covered = new LinkedHashSet<>();
        List<ActionItem> open = new ArrayList<>();
        int held = 0;
        for (Meeting m : meetings) {
            if (m.status() != MeetingStatus.HELD || m.id().equals(self)) {
                continue;
            }
            held++;
            covered.add(m.sessionKey());
            m.actionItems().stream().filter(a -> !a.done()).forEach(open::add);
        }
        return new AgendaRequest(template, r.format(), r.startedAt(), start, minutes, held, covered, r.goals(), people, open);
    }
}
