package com.pairwise.agenda.domain;

import com.pairwise.agenda.library.BundledContent;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Requests for the generator: a pair that started on 2026-11-02, with the bundled default template. */
public final class AgendaFixture {
    public static final ContentLibrary CONTENT = BundledContent.load();
    public static final Instant STARTED = Instant.parse("2026-11-02T09:00:00Z");

    private AgendaFixture() {
    }

    public static Participant mentor() {
        return new Participant("u-mentor", Role.MENTOR, "Ana García", "ana@example.com", List.of("es", "en"),
                "Europe/Madrid", List.of());
    }

    public static Participant mentee(String... skills) {
        return new Participant("u-mentee", Role.MENTEE, "Ben Okafor", "ben@example.com", List.of("en"),
                "America/New_York", List.of(skills));
    }

    /** A one-to-one request for a 60 minute meeting {@code weeks} after the start with {@code held} meetings held. */
    public static AgendaRequest request(int held, int weeks) {
        return new AgendaRequest(CONTENT.defaultTemplate(), ProgramFormat.ONE_TO_ONE, STARTED,
                STARTED.plus(Duration.ofDays(7L * weeks)), 60, held, Set.of(), List.of("Lead a cross-team project"),
                List.of(mentor(), mentee("public speaking")), List.of());
    }

    public static AgendaRequest with(AgendaRequest r, ProgramFormat format, List<Participant> participants) {
        return new AgendaRequest(r.template(), format, r.startedAt(), r.meetingStart(), r.meetingMinutes(), r.meetingsHeld(),
                r.coveredSessions(), r.goals(), participants, r.openActionItems());
    }
}
