package com.pairwise.agenda.library;

import com.pairwise.agenda.domain.ActionItem;
import com.pairwise.agenda.domain.Agenda;
import com.pairwise.agenda.domain.AgendaRequest;
import com.pairwise.agenda.domain.ContentLibrary;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.domain.MeetingStatus;
import com.pairwise.agenda.domain.Participant;
import com.pairwise.agenda.domain.TemplateAgendaSource;
import com.pairwise.agenda.ics.InviteWriter;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates one agenda and one invite per bundled language, in memory, before the SnapStart snapshot (the handler's
 * warm-up), so the classes, time-zone rules and locale data they load are in the snapshot rather than in the first
 * request (cold, an invite otherwise costs hundreds of milliseconds of locale loading). Plain cold starts skip it.
 */
public final class Priming {
    private Priming() {
    }

    /** @return the number of characters written, so the work cannot be optimised away */
    public static int run(ContentLibrary content) {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        List<Participant> people = List.of(
                new Participant("prime-mentor", Role.MENTOR, "Mentor", null, List.of("en"), "Europe/Madrid", List.of()),
                new Participant("prime-mentee", Role.MENTEE, "Mentee", null, List.of("en"), "America/New_York", List.of("leadership")));
        AgendaRequest request = new AgendaRequest(content.defaultTemplate(), ProgramFormat.ONE_TO_ONE, start, start.plus(Duration.ofDays(7)),
                60, 0, Set.of(), List.of("goal"), people, List.of(new ActionItem("a", "task", "prime-mentee", false)));
        Meeting meeting = new Meeting("prime", "prime", "prime", request.meetingStart(), 60, "https://example.com/", null,
                MeetingStatus.SCHEDULED, "prime", null, Map.of(), List.of(), 0, "prime", start, start, 1);
        int written = 0;
        for (Map.Entry<String, Agenda> e : new TemplateAgendaSource(content).generateAll(request).entrySet()) {
            written += InviteWriter.write(meeting, e.getValue(), people, ZoneId.of("Europe/Madrid"), content.phrasesIn(e.getKey()), "pairwise").length();
        }
        return written;
    }
}
