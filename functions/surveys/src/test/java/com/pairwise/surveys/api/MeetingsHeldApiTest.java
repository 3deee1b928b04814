package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agenda's MeetingHeld: counted once per meeting in the report, and followed by the check-in where the program says so. */
class MeetingsHeldApiTest {
    private SurveysHarness h;
    private Program program;
    private Instant start;

    @BeforeEach
    void threePairs() {
        h = new SurveysHarness();
        program = h.program("prg_mtg", "coord-1", ProgramFormat.ONE_TO_ONE);
        start = h.clock.instant();
        for (String p : List.of("a", "b", "c")) {
            h.register(program, "mentor-" + p, Role.MENTOR, "North", "en", List.of());
            h.register(program, "mentee-" + p, Role.MENTEE, "North", "en", List.of("negotiation"));
            h.started("rel_" + p, program.id(), "mentor-" + p, List.of("mentee-" + p), start);
        }
        h.clock.set(start.plus(Duration.ofDays(7)));
    }

    private JsonNode meetings() {
        return h.call("coord-1", "GET /programs/{programId}/report", Map.of("programId", program.id()), null).body()
                .path("relationships").path("meetings");
    }

    @Test
    void aMeetingDeliveredTwiceCountsOnceAndTheReportShowsMeetingsPerRelationship() {
        h.held("mtg_a1", "rel_a", program.id(), h.clock.instant());
        h.held("mtg_a1", "rel_a", program.id(), h.clock.instant());
        h.held("mtg_a2", "rel_a", program.id(), h.clock.instant().plus(Duration.ofDays(7)));
        h.held("mtg_b1", "rel_b", program.id(), h.clock.instant());
        h.held("mtg_b1", "rel_b", program.id(), h.clock.instant());

        JsonNode m = meetings();
        assertEquals(3, m.path("held").asInt(), m.toString());
        assertEquals(3, m.path("heldByActive").asInt());
        assertEquals(3, m.path("active").asInt());
        assertEquals(1.0, m.path("averagePerActive").asDouble());
        assertEquals(1, m.path("activeWithNone").asInt(), "rel_c has not met yet");

        h.ended("rel_a", program.id(), "mentor-a", List.of("mentee-a"), start, h.clock.instant());
        JsonNode after = meetings();
        assertEquals(3, after.path("held").asInt(), "meetings held stay in the total");
        assertEquals(1, after.path("heldByActive").asInt());
        assertEquals(2, after.path("active").asInt());
        assertEquals(0.5, after.path("averagePerActive").asDouble());
        assertEquals(1, after.path("activeWithNone").asInt());
    }

    @Test
    void theCheckInFollowsEachHeldMeetingOnce() {
        assertEquals(List.of(), h.surveysOf("mentee-a", "check-in"));
        h.held("mtg_a1", "rel_a", program.id(), h.clock.instant());
        h.held("mtg_a1", "rel_a", program.id(), h.clock.instant());
        assertEquals(1, h.surveysOf("mentee-a", "check-in").size());
        assertEquals(1, h.surveysOf("mentor-a", "check-in").size(), "the default check-in goes to everyone");
        assertEquals(List.of(), h.surveysOf("mentee-b", "check-in"), "only the pair that met");
        h.held("mtg_a2", "rel_a", program.id(), h.clock.instant().plus(Duration.ofDays(7)));
        assertEquals(2, h.surveysOf("mentee-a", "check-in").size());
    }

    @Test
    void aProgramCanAskSomeDaysAfterAMeetingOrNotAtAll() {
        Map<String, Object> later = Map.of("id", "after-meeting", "template", "check-in", "anonymous", false, "audience", "mentees",
                "trigger", Map.of("on", "meeting_held", "afterDays", 2));
        assertEquals(200, h.call("coord-1", "PUT /programs/{programId}/surveys", Map.of("programId", program.id()),
                Map.of("editWindowHours", 24, "surveys", List.of(later))).status());
        h.held("mtg_a1", "rel_a", program.id(), h.clock.instant());
        assertEquals(List.of(), h.surveysOf("mentee-a", "after-meeting"));
        h.clock.advance(Duration.ofDays(2));
        h.daily();
        h.daily();
        assertEquals(1, h.surveysOf("mentee-a", "after-meeting").size(), "two days after the meeting, once");
        assertEquals(List.of(), h.surveysOf("mentor-a", null), "the program sends no check-in to mentors");
        assertEquals(1, meetings().path("held").asInt(), "counted all the same");
    }

    @Test
    void aMeetingOfAnUnknownRelationshipOrAnUnreadableEventChangesNothing() {
        h.held("mtg_x1", "rel_unknown", program.id(), h.clock.instant());
        var event = SurveysHarness.sampleEvent("meeting-held.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("detail")).put("programId", program.id()).put("heldAt", "yesterday");
        h.invokeEvent(event);
        assertEquals(0, meetings().path("held").asInt());
        assertTrue(h.log.toString().contains("\"dropped\":\"unreadable detail\""), h.log.toString());
    }
}
