package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness.Response;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.testing.HttpApiRequests.Claims;
import com.pairwise.testing.LogLines;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the surveys function writes to its log over a program's life: one JSON line per request with its correlation
 * id, a SurveyResponseReceived metric per answer accepted, and no names, emails or free-text answers.
 */
class LogPrivacyAndMetricsTest {
    private static final String PROGRAM_NAME = "Quiet Leaders Circle";
    private static final String DESCRIPTION = "Mentoring for first-time managers in the Utrecht treasury team";
    private static final String COORDINATOR = "Imogen Achterberg-Nakashima";
    private static final String COORDINATOR_EMAIL = "imogen.achterberg@example.org";
    private static final String MENTOR = "Florentyna Wojciechowska";
    private static final String MENTOR_EMAIL = "florentyna.w@example.org";
    private static final String MENTEE = "Thaddeus Oyelowo-Brannigan";
    private static final String MENTEE_EMAIL = "thaddeus.ob@example.org";

    private static final String CHECK_IN_COMMENT = "Thaddeus froze during the Rotterdam budget review";
    private static final String CHANGED_COMMENT = "Rotterdam went better than I said, the CFO nodded twice";
    private static final String MENTOR_COMMENT = "Florentyna suggests rehearsing with the Gdansk controllers";
    private static final String REFUSED_COMMENT = "My manager Ignatius keeps cancelling our one-to-ones";
    private static final String QUALITY_COMMENT = "Weekly calls on Thursday evenings suit my night shifts";
    private static final String NPS_REASON = "Kindest mentor since my time at Vattenfall";
    private static final String SKILLS_COMMENT = "Now I chair the quarterly forecast without notes";
    private static final String TESTIMONIAL = "Florentyna turned my stage fright into a plan";

    private final SurveysHarness h = new SurveysHarness();
    private final Claims coordinator = new Claims("coord-7", COORDINATOR_EMAIL, List.of());
    private final Claims mentor = new Claims("mentor-7", MENTOR_EMAIL, List.of());
    private final Claims mentee = new Claims("mentee-7", MENTEE_EMAIL, List.of());
    private Instant start;

    private Response call(Claims caller, String routeKey, Map<String, String> path, Object body) {
        return h.invoke(SurveysHarness.request(caller, routeKey, path, Map.of(), body));
    }

    private Response answer(Claims caller, String instanceId, Map<String, Object> answers) {
        return call(caller, "POST /surveys/{instanceId}/responses", Map.of("instanceId", instanceId), Map.of("answers", answers));
    }

    private String survey(Claims caller, String surveyId) {
        Response mine = call(caller, "GET /me/surveys", Map.of(), null);
        assertEquals(200, mine.status(), mine.toString());
        for (JsonNode item : mine.body().path("items")) {
            if (item.path("surveyId").asText().equals(surveyId) && item.path("status").asText().equals("open")) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("no open " + surveyId + " survey: " + mine);
    }

    private void day(int n) {
        h.clock.set(start.plus(Duration.ofDays(n)));
    }

    private List<JsonNode> logLines() {
        return LogLines.parse(h.log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aProgramsSurveysLogNoNamesEmailsOrFreeTextAndCountEachAnswerAcceptedOnce() {
        Program program = h.program("prg_quiet", PROGRAM_NAME, DESCRIPTION, coordinator.sub(), ProgramFormat.ONE_TO_ONE);
        h.register(program, mentor.sub(), MENTOR, MENTOR_EMAIL, Role.MENTOR, "North", "en", List.of());
        h.register(program, mentee.sub(), MENTEE, MENTEE_EMAIL, Role.MENTEE, "North", "en", List.of("negotiation", "public speaking"));
        start = h.clock.instant();
        int accepted = 0;

        h.started("rel_7", program.id(), mentor.sub(), List.of(mentee.sub()), start);
        assertEquals(201, answer(mentee, survey(mentee, "skills-before"), Map.of("q1", Map.of("negotiation", 2, "public speaking", 1))).status());
        accepted++;

        day(14);
        h.held("mtg_7", "rel_7", program.id(), h.clock.instant());
        String menteeCheckIn = survey(mentee, "check-in");
        assertEquals(201, answer(mentee, menteeCheckIn, Map.of("q1", 2, "q2", "partly", "q3", CHECK_IN_COMMENT)).status());
        accepted++;
        Response duplicate = answer(mentee, menteeCheckIn, Map.of("q1", 5, "q2", "yes", "q3", CHECK_IN_COMMENT));
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("already-answered", duplicate.body().path("code").asText());
        assertEquals(200, call(mentee, "PUT /surveys/{instanceId}/responses", Map.of("instanceId", menteeCheckIn),
                Map.of("answers", Map.of("q1", 4, "q2", "yes", "q3", CHANGED_COMMENT))).status(), "a change is not a new answer");
        assertEquals(403, answer(mentor, menteeCheckIn, Map.of("q1", 4, "q2", "yes")).status());
        String mentorCheckIn = survey(mentor, "check-in");
        Response invalid = answer(mentor, mentorCheckIn, Map.of("q1", "four", "q2", "yes", "q3", REFUSED_COMMENT));
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals(404, answer(mentor, "svi_neverstored", Map.of("q1", 4, "q2", "yes", "q3", REFUSED_COMMENT)).status());
        assertEquals(201, answer(mentor, mentorCheckIn, Map.of("q1", 4, "q2", "yes", "q3", MENTOR_COMMENT)).status());
        accepted++;

        day(30);
        h.daily();
        ObjectNode quality = SurveysHarness.request(mentor, "POST /surveys/{instanceId}/responses",
                Map.of("instanceId", survey(mentor, "quality")), Map.of(),
                Map.of("answers", Map.of("q1", 5, "q2", "weekly", "q3", "yes", "q5", QUALITY_COMMENT)));
        ((ObjectNode) quality.get("headers")).put("x-correlation-id", "web-4711");
        Response qualityAnswered = h.invoke(quality);
        assertEquals(201, qualityAnswered.status(), qualityAnswered.toString());
        assertEquals("web-4711", qualityAnswered.headers().path("x-correlation-id").asText());
        accepted++;

        day(40);
        h.ended("rel_7", program.id(), mentor.sub(), List.of(mentee.sub()), start, h.clock.instant());
        String nps = survey(mentee, "nps");
        assertEquals(201, answer(mentee, nps, Map.of("q1", 10, "q2", NPS_REASON)).status(), "anonymous answers count too");
        accepted++;
        assertEquals(409, answer(mentee, nps, Map.of("q1", 9, "q2", NPS_REASON)).status());
        assertEquals(201, answer(mentee, survey(mentee, "skills-after"),
                Map.of("q1", Map.of("negotiation", 4, "public speaking", 3), "q2", SKILLS_COMMENT)).status());
        accepted++;

        day(47);
        h.daily();
        assertEquals(201, answer(mentee, survey(mentee, "testimonial"), Map.of("q1", TESTIMONIAL, "q2", "yes_with_name")).status());
        accepted++;

        Map<String, String> in = Map.of("programId", program.id());
        assertEquals(200, call(coordinator, "GET /programs/{programId}/report", in, null).status());
        assertEquals(200, call(coordinator, "GET /programs/{programId}/report.csv", in, null).status());
        Response export = call(coordinator, "GET /programs/{programId}/responses.csv", in, null);
        assertEquals(200, export.status(), export.toString());
        for (String answered : List.of(CHANGED_COMMENT, MENTOR_COMMENT, QUALITY_COMMENT, TESTIMONIAL)) {
            assertTrue(export.text().contains(answered), "the free text went through the function: " + answered);
        }

        String log = h.log.toString(StandardCharsets.UTF_8);
        for (String personal : List.of(PROGRAM_NAME, DESCRIPTION, "Utrecht", COORDINATOR, "Achterberg", COORDINATOR_EMAIL, "imogen",
                MENTOR, "Florentyna", "Wojciechowska", MENTOR_EMAIL, MENTEE, "Thaddeus", "Oyelowo", MENTEE_EMAIL,
                CHECK_IN_COMMENT, "Rotterdam", CHANGED_COMMENT, MENTOR_COMMENT, "Gdansk", REFUSED_COMMENT, "Ignatius",
                QUALITY_COMMENT, NPS_REASON, "Vattenfall", SKILLS_COMMENT, TESTIMONIAL, "stage fright")) {
            assertFalse(log.contains(personal), () -> "'" + personal + "' in log:\n" + log);
        }

        List<JsonNode> lines = logLines();
        List<JsonNode> requests = lines.stream().filter(l -> l.has("status")).toList();
        assertEquals(23, requests.size(), "one line per request:\n" + log);
        requests.forEach(l -> {
            assertEquals("surveys", l.get("function").asText(), l.toString());
            assertFalse(l.path("correlationId").asText().isBlank(), l.toString());
        });
        List<JsonNode> fromCaller = requests.stream().filter(l -> !l.get("correlationId").asText().equals(l.get("requestId").asText())).toList();
        assertEquals(1, fromCaller.size(), "without the header, the request id: " + fromCaller);
        assertEquals("web-4711", fromCaller.get(0).get("correlationId").asText());
        List<String> acceptedRequests = requests.stream()
                .filter(l -> l.get("route").asText().equals("POST /surveys/{instanceId}/responses") && l.get("status").asInt() == 201)
                .map(l -> l.get("correlationId").asText()).toList();
        assertEquals(accepted, acceptedRequests.size());

        List<JsonNode> metrics = lines.stream().filter(l -> l.has("_aws")).toList();
        metrics.forEach(l -> {
            assertEquals(BusinessMetrics.SURVEY_RESPONSE_RECEIVED, l.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").get(0).get("Name").asText());
            assertEquals("surveys", l.get("function").asText());
            assertEquals("local", l.get(BusinessMetrics.STAGE_DIMENSION).asText());
        });
        assertEquals(accepted, metrics.stream().mapToLong(l -> l.get(BusinessMetrics.SURVEY_RESPONSE_RECEIVED).asLong()).sum(),
                "one per answer accepted; none for the duplicates, the change, the refused or invalid answers:\n" + log);
        assertEquals(acceptedRequests, metrics.stream().map(l -> l.get("correlationId").asText()).toList(),
                "each count carries the correlation id of the request that stored the answer");
    }
}
