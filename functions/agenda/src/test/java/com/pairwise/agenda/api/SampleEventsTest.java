package com.pairwise.agenda.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.AgendaHarness;
import com.pairwise.agenda.AgendaHarness.Response;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample events in events/agenda are real API Gateway and EventBridge events: each runs through the handler. */
class SampleEventsTest {
    private final AgendaHarness api = new AgendaHarness();

    @Test
    void theSampleEventsWalkThroughAPairsFirstMeeting() {
        String programId = api.program(ProgramFormat.ONE_TO_ONE, "demo-coordinator-1");
        api.register(programId, "demo-mentor-1", Role.MENTOR, "Ana García", List.of("es"), "Europe/Madrid", List.of());
        api.register(programId, "demo-mentee-1", Role.MENTEE, "Ben Okafor", List.of("en"), "America/New_York", List.of("negotiation"));
        Relationship r = api.relationship(programId, ProgramFormat.ONE_TO_ONE, "demo-mentor-1", List.of("demo-mentee-1"),
                List.of("Negotiate my first promotion"));
        Map<String, String> ids = Map.of("PROGRAM_ID", programId, "RELATIONSHIP_ID", r.id());

        api.invoke(AgendaHarness.sampleEvent("relationship-started.json", ids));
        assertTrue(api.log.toString(StandardCharsets.UTF_8).contains("kickoff-prepared"));
        assertEquals(200, api.invoke(AgendaHarness.sampleEvent("put-agenda-template.json", ids)).status());

        Response created = api.invoke(AgendaHarness.sampleEvent("schedule-meeting.json", ids));
        assertEquals(201, created.status(), created.toString());
        Map<String, String> withMeeting = Map.of("PROGRAM_ID", programId, "RELATIONSHIP_ID", r.id(), "MEETING_ID", created.body().get("id").asText());
        assertEquals(1, api.invoke(AgendaHarness.sampleEvent("list-meetings.json", withMeeting)).body().get("items").size());
        assertEquals("Kick-off", api.invoke(AgendaHarness.sampleEvent("get-agenda.json", withMeeting)).body().get("title").asText());
        assertTrue(api.invoke(AgendaHarness.sampleEvent("get-invite.json", withMeeting)).text().startsWith("BEGIN:VCALENDAR\r\n"));
        api.clock.advance(Duration.ofDays(9));
        Response held = api.invoke(AgendaHarness.sampleEvent("log-meeting-held.json", withMeeting));
        assertEquals(200, held.status(), held.toString());
        assertEquals("held", held.body().get("status").asText());
    }
}
