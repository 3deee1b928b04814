package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.surveys.SurveysHarness.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Surveys go out on relationship events and on the daily schedule, once each, and are answered once. */
class SurveyLifecycleApiTest {
    private SurveysHarness h;
    private Program program;
    private Instant start;

    @BeforeEach
    void setUp() {
        h = new SurveysHarness();
        program = h.program("prg_life", "coord-1", ProgramFormat.ONE_TO_ONE);
        h.register(program, "mentor-1", Role.MENTOR, "North", "en", List.of());
        h.register(program, "mentee-1", Role.MENTEE, "North", "es", List.of("negotiation", "public speaking"));
        start = h.clock.instant();
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start);
    }

    /** The pair logs meeting {@code id} as held on day {@code n}; agenda's MeetingHeld arrives (twice: redelivered). */
    private void meeting(String id, int n) {
        h.clock.set(start.plus(Duration.ofDays(n)));
        h.held(id, "rel_1", program.id(), h.clock.instant());
        h.held(id, "rel_1", program.id(), h.clock.instant());
    }

    private void day(int n) {
        h.clock.set(start.plus(Duration.ofDays(n)));
        h.daily();
    }

    @Test
    void surveysGoOutAtStartOnScheduleAndAtTheEndExactlyOnce() {
        assertEquals(1, h.surveysOf("mentee-1", "skills-before").size(), "baseline at once, to the mentee");
        assertEquals(List.of(), h.surveysOf("mentor-1", null));

        day(0);
        assertEquals(1, h.surveysOf("mentee-1", null).size(), "nothing else is due yet");
        day(14);
        assertEquals(List.of(), h.surveysOf("mentor-1", "check-in"), "the check-in follows meetings, not the calendar");
        meeting("mtg_1", 14);
        assertEquals(1, h.surveysOf("mentor-1", "check-in").size(), "after the meeting, once though delivered twice");
        assertEquals(1, h.surveysOf("mentee-1", "check-in").size());
        meeting("mtg_2", 28);
        assertEquals(2, h.surveysOf("mentee-1", "check-in").size(), "one check-in per meeting");
        day(30);
        day(90);
        assertEquals(2, h.surveysOf("mentor-1", "quality").size(), "30 days in, then every 60");

        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start);
        assertEquals(4, h.surveysOf("mentor-1", null).size(), "a redelivered event sends nothing");

        h.clock.set(start.plus(Duration.ofDays(95)));
        h.ended("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start, h.clock.instant());
        h.ended("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start, h.clock.instant());
        assertEquals(1, h.surveysOf("mentor-1", "end").size());
        assertEquals(1, h.surveysOf("mentor-1", "nps").size());
        assertEquals(1, h.surveysOf("mentee-1", "skills-after").size());
        assertEquals(List.of(), h.surveysOf("mentor-1", "skills-after"), "skills surveys go to mentees");

        day(150);
        assertEquals(2, h.surveysOf("mentor-1", "quality").size(), "no quality survey about an ended relationship");
        assertEquals(1, h.surveysOf("mentee-1", "testimonial").size(), "testimonial a week after the end");
        meeting("mtg_3", 150);
        assertEquals(2, h.surveysOf("mentee-1", "check-in").size(), "no check-in about an ended relationship");

        JsonNode report = h.call("coord-1", "GET /programs/{programId}/report", Map.of("programId", program.id()), null).body();
        assertEquals(0, report.path("relationships").path("active").asInt());
        assertEquals(1, report.path("relationships").path("ended").asInt(), "each event counted once");
        assertEquals(0, report.path("matching").path("matched").asInt());
        JsonNode meetings = report.path("relationships").path("meetings");
        assertEquals(3, meetings.path("held").asInt(), "each meeting counted once, the one logged after the end too");
        assertEquals(0, meetings.path("heldByActive").asInt(), "its meetings left the active figures with it");
        assertEquals(3, report.path("relationships").path("meetingsHeld").asInt());
    }

    @Test
    void aSurveyIsAnsweredOnceAndChangedOnlyInsideTheEditWindow() {
        meeting("mtg_1", 14);
        String checkIn = h.surveysOf("mentee-1", "check-in").get(0);

        Response bad = h.answer("mentee-1", checkIn, Map.of("q1", "four", "q2", "sometimes", "q7", 1));
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("answers.q7", "answers.q1", "answers.q2"), bad.errorFields());

        Response missing = h.answer("mentee-1", checkIn, Map.of("q1", 4));
        assertEquals(List.of("answers.q2"), missing.errorFields());

        Response ok = h.answer("mentee-1", checkIn, Map.of("q1", 4, "q2", "partly", "q3", "A fixed slot would help."));
        assertEquals(201, ok.status(), ok.toString());
        assertEquals("answered", ok.body().path("status").asText());
        assertEquals("partly", ok.body().path("answers").path("q2").asText());
        assertEquals("es", ok.body().path("language").asText(), "in the person's language");

        Response again = h.answer("mentee-1", checkIn, Map.of("q1", 5, "q2", "yes"));
        assertEquals(409, again.status());
        assertEquals("already-answered", again.body().path("code").asText());

        Response changed = h.call("mentee-1", "PUT /surveys/{instanceId}/responses", Map.of("instanceId", checkIn),
                Map.of("answers", Map.of("q1", 5, "q2", "yes")));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(5, changed.body().path("answers").path("q1").asInt());
        assertTrue(changed.body().path("answers").path("q3").isMissingNode(), "the new answer replaces the old one");

        h.clock.advance(Duration.ofHours(25));
        Response late = h.call("mentee-1", "PUT /surveys/{instanceId}/responses", Map.of("instanceId", checkIn),
                Map.of("answers", Map.of("q1", 1, "q2", "no")));
        assertEquals(409, late.status());
        assertEquals("edit-window-closed", late.body().path("code").asText());
    }

    @Test
    void aStuckRelationshipIsFlaggedUntilAHappierAnswerOrItsEnd() {
        meeting("mtg_1", 14);
        Map<String, String> path = Map.of("programId", program.id());
        String mentorCheckIn = h.surveysOf("mentor-1", "check-in").get(0);
        assertEquals(201, h.answer("mentor-1", mentorCheckIn, Map.of("q1", 2, "q2", "no")).status());
        JsonNode flagged = h.call("coord-1", "GET /programs/{programId}/report", path, null).body();
        assertEquals("[\"rel_1\"]", flagged.path("relationships").path("needsCheckIn").toString());

        h.call("mentor-1", "PUT /surveys/{instanceId}/responses", Map.of("instanceId", mentorCheckIn), Map.of("answers", Map.of("q1", 4, "q2", "yes")));
        JsonNode fine = h.call("coord-1", "GET /programs/{programId}/report", path, null).body();
        assertEquals("[]", fine.path("relationships").path("needsCheckIn").toString(), "the changed answer clears it");

        h.answer("mentee-1", h.surveysOf("mentee-1", "check-in").get(0), Map.of("q1", 1, "q2", "no"));
        h.ended("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start, h.clock.instant());
        JsonNode ended = h.call("coord-1", "GET /programs/{programId}/report", path, null).body();
        assertEquals("[]", ended.path("relationships").path("needsCheckIn").toString(), "nothing to check in on once ended");
    }

    @Test
    void nobodyReadsOrAnswersSomeoneElsesSurvey() {
        String baseline = h.surveysOf("mentee-1", "skills-before").get(0);
        assertEquals(403, h.call("mentor-1", "GET /surveys/{instanceId}", Map.of("instanceId", baseline), null).status());
        assertEquals(403, h.answer("mentor-1", baseline, Map.of("q1", Map.of("negotiation", 3, "public speaking", 2))).status());
        assertEquals(404, h.call("mentor-1", "GET /surveys/{instanceId}", Map.of("instanceId", "svi_nothing"), null).status());
        assertEquals(404, h.call("mentor-1", "GET /surveys/{instanceId}", Map.of("instanceId", "a#b"), null).status());
        assertEquals(401, h.call(null, "GET /me/surveys", Map.of(), null).status());
    }

    @Test
    void aSurveyShowsItsQuestionsInTheAskedLanguageWithTheSkillsToRate() {
        String baseline = h.surveysOf("mentee-1", "skills-before").get(0);
        Response fr = h.call("mentee-1", List.of(), "GET /surveys/{instanceId}", Map.of("instanceId", baseline), Map.of("lang", "fr"), null);
        assertEquals(200, fr.status());
        assertEquals("D'où partez-vous ?", fr.body().path("title").asText());
        JsonNode q1 = fr.body().path("questions").get(0);
        assertEquals("skill_ratings", q1.path("type").asText());
        assertEquals("[\"negotiation\",\"public speaking\"]", q1.path("skills").toString());
        assertEquals("Débutant", q1.path("minLabel").asText());

        Response rated = h.answer("mentee-1", baseline, Map.of("q1", Map.of("negotiation", 2, "public speaking", 7)));
        assertEquals(List.of("answers.q1.public speaking"), rated.errorFields());
        assertEquals(201, h.answer("mentee-1", baseline, Map.of("q1", Map.of("negotiation", 2, "public speaking", 3))).status());

        Response open = h.call("mentee-1", List.of(), "GET /me/surveys", Map.of(), Map.of("status", "open"), null);
        assertEquals(0, open.body().path("items").size());
        Response wrongStatus = h.call("mentee-1", List.of(), "GET /me/surveys", Map.of(), Map.of("status", "closed"), null);
        assertEquals(List.of("status"), wrongStatus.errorFields());
    }
}
