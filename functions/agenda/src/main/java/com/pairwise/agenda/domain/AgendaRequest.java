package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.shared.model.ProgramFormat;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything an agenda is generated from; the same request always gives the same agenda.
 *
 * @param startedAt       when the relationship started
 * @param meetingStart    when this meeting starts (time since start is measured to it)
 * @param meetingsHeld    meetings of the pair logged as held before this one
 * @param coveredSessions template session keys the held meetings already covered
 * @param participants    mentor (or first peer) first, then mentees
 */
public record AgendaRequest(
        AgendaTemplate template,
        ProgramFormat format,
        Instant startedAt,
        Instant meetingStart,
        int meetingMinutes,
        int meetingsHeld,
        Set<String> coveredSessions,
        List<String> goals,
        List<Participant> participants,
        List<ActionItem> openActionItems) {

    public AgendaRequest {
        coveredSessions = Set.copyOf(coveredSessions);
        goals = goals == null ? List.of() : List.copyOf(goals);
        participants = List.copyOf(participants);
        openActionItems = openActionItems == null ? List.of() : List.copyOf(openActionItems);
    }
}
