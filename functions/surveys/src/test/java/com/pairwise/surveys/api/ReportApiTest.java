package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.surveys.SurveysHarness.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A program with 12 mentees in three regions (North 6, South 5, East 1), each with a mentor of the same region:
 * baselines, check-ins, one unhappy answer, the North relationships ended with NPS and skills-after answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {
    private static final int[] NPS = {10, 10, 9, 8, 6, 3};
    private SurveysHarness h;
    private Program program;
    private JsonNode report;

    @BeforeAll
    void buildAProgramWithAnswers() {
        h = new SurveysHarness();
        program = h.program("prg_rep", "coord-1", ProgramFormat.ONE_TO_ONE);
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            regions.add(i < 6 ? "North" : i < 11 ? "South" : "East");
        }
        Instant start = h.clock.instant();
        for (int i = 0; i < 12; i++) {
            h.register(program, "mentor-" + i, Role.MENTOR, regions.get(i), "en", List.of());
            h.register(program, "mentee-" + i, Role.MENTEE, regions.get(i), "en", List.of("negotiation"));
            h.started("rel_" + i, program.id(), "mentor-" + i, List.of("mentee-" + i), start);
            String baseline = h.surveysOf("mentee-" + i, "skills-before").get(0);
            assertEquals(201, h.answer("mentee-" + i, baseline, Map.of("q1", Map.of("negotiation", 2))).status());
        }
        h.clock.set(start.plus(Duration.ofDays(14)));
        for (int i = 0; i < 12; i++) {
            h.held("mtg_" + i, "rel_" + i, program.id(), h.clock.instant()); // each pair's first meeting brings the check-in
        }
        for (int i = 0; i < 12; i++) {
            String checkIn = h.surveysOf("mentee-" + i, "check-in").get(0);
            Map<String, Object> answers = i == 7 ? Map.of("q1", 1, "q2", "no")
                    : i == 0 ? Map.of("q1", 4, "q2", "yes", "q3", "=HYPERLINK(\"http://evil.example\",\"click\")")
                    : Map.of("q1", 4, "q2", "yes");
            assertEquals(201, h.answer("mentee-" + i, checkIn, answers).status());
        }
        h.clock.set(start.plus(Duration.ofDays(20)));
        for (int i = 0; i < 6; i++) {
            h.ended("rel_" + i, program.id(), "mentor-" + i, List.of("mentee-" + i), start, h.clock.instant());
            String nps = h.surveysOf("mentee-" + i, "nps").get(0);
            assertEquals(201, h.answer("mentee-" + i, nps, Map.of("q1", NPS[i], "q2", "Reason " + i)).status());
            String after = h.surveysOf("mentee-" + i, "skills-after").get(0);
            assertEquals(201, h.answer("mentee-" + i, after, Map.of("q1", Map.of("negotiation", 4))).status());
        }
        Response r = h.call("coord-1", "GET /programs/{programId}/report", Map.of("programId", program.id()), null);
        assertEquals(200, r.status(), r.toString());
        report = r.body();
    }

    @Test
    void participationAndMatching() {
        assertEquals(12, report.path("participants").path("byRole").path("mentee").asInt());
        assertEquals(12, report.path("participants").path("byRegion").path("North").asInt());
        assertEquals(2, report.path("participants").path("byRegion").path("East").asInt());
        assertEquals(24, report.path("participants").path("byCountry").path("ES").asInt());
        assertEquals(6, report.path("matching").path("matched").asInt());
        assertEquals(0.5, report.path("matching").path("matchRate").asDouble());
        assertEquals(6, report.path("relationships").path("active").asInt());
        assertEquals(6, report.path("relationships").path("ended").asInt());
        JsonNode meetings = report.path("relationships").path("meetings");
        assertEquals(12, report.path("relationships").path("meetingsHeld").asInt());
        assertEquals(1.0, report.path("relationships").path("meetingsPerRelationship").asDouble());
        assertEquals(12, meetings.path("held").asInt());
        assertEquals(6, meetings.path("heldByActive").asInt(), "the six ended relationships took theirs with them");
        assertEquals(6, meetings.path("active").asInt());
        assertEquals(1.0, meetings.path("averagePerActive").asDouble());
        assertEquals(0, meetings.path("activeWithNone").asInt());
    }

    @Test
    void surveyFiguresForTheWholeProgram() {
        JsonNode s = report.path("surveys");
        assertEquals(100.0 * (3 - 2) / 6, s.path("nps").path("score").asDouble(), 0.01);
        assertEquals((11 * 4 + 1) / 12.0, s.path("satisfaction").path("average").asDouble(), 0.01);
        assertEquals(2.0, s.path("skills").path("averageChange").asDouble(), "4 after, 2 before, same people");
        assertEquals(6, s.path("skills").path("pairedRatings").asInt());
        JsonNode checkIn = rate(s, "check-in");
        assertEquals(24, checkIn.path("sent").asInt());
        assertEquals(12, checkIn.path("answered").asInt());
        assertEquals(0.5, checkIn.path("rate").asDouble());
    }

    @Test
    void smallRegionsAreNotBrokenOutNorIsTheOneThatWouldGiveThemAway() {
        Map<String, JsonNode> regions = new java.util.HashMap<>();
        report.path("regions").forEach(r -> regions.put(r.path("region").asText(), r));
        assertEquals(3, regions.size());
        assertTrue(regions.get("East").path("suppressed").asBoolean(), "2 answers");
        assertTrue(regions.get("South").path("suppressed").asBoolean(), "else East = total - North - South");
        assertTrue(regions.get("South").path("nps").isMissingNode());
        JsonNode north = regions.get("North");
        assertFalse(north.path("suppressed").asBoolean());
        assertEquals(100.0 * (3 - 2) / 6, north.path("nps").path("score").asDouble(), 0.01);
        assertEquals(12, north.path("participants").asInt());
        assertEquals(6, north.path("meetings").path("held").asInt(), "North's mentees met once each");
        assertEquals(0, north.path("meetings").path("active").asInt(), "and their relationships have ended");
        assertTrue(regions.get("East").path("meetings").isMissingNode(), "a region not broken out shows no meetings either");
    }

    @Test
    void unhappyAnswersFlagTheRelationshipAndNonRespondentsAreListed() {
        assertEquals("[\"rel_7\"]", report.path("relationships").path("needsCheckIn").toString());
        JsonNode pending = report.path("notAnswered");
        List<String> who = pending.path("recent").findValuesAsText("userId");
        assertTrue(who.contains("mentor-3"), who.toString());
        assertFalse(who.stream().anyMatch(u -> u.startsWith("mentee-")), "every mentee answered every named survey");
        assertTrue(pending.path("total").asInt() >= who.size());
    }

    @Test
    void onlyCoordinatorsSeeReports() {
        assertEquals(403, h.call("mentee-1", "GET /programs/{programId}/report", Map.of("programId", program.id()), null).status());
        assertEquals(403, h.call("mentee-1", "GET /programs/{programId}/responses.csv", Map.of("programId", program.id()), null).status());
        assertEquals(404, h.call("coord-1", "GET /programs/{programId}/report", Map.of("programId", "prg_none"), null).status());
        assertEquals(200, h.call("boss", List.of("admin"), "GET /programs/{programId}/report.csv", Map.of("programId", program.id()),
                Map.of(), null).status());
    }

    @Test
    void csvExportsQuoteAndDefuseFormulas() {
        Response csv = h.call("coord-1", "GET /programs/{programId}/report.csv", Map.of("programId", program.id()), null);
        assertEquals("text/csv; charset=utf-8", csv.headers().path("content-type").asText());
        assertTrue(csv.text().startsWith("section,group,measure,value\r\n"));
        assertTrue(csv.text().contains("participants,region:North,registered,12\r\n"), csv.text());
        assertTrue(csv.text().contains("surveys,region:East,suppressed_fewer_than_5_answers,true\r\n"));

        Response answers = h.call("coord-1", "GET /programs/{programId}/responses.csv", Map.of("programId", program.id()), null);
        String text = answers.text();
        assertTrue(text.contains(",q3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n"), text);
        assertFalse(text.contains(",nps,"), "anonymous answers are not exported");
        assertFalse(text.contains("Reason 0"));
        assertTrue(text.contains(",skills-after,skills-after,rel_0,mentee-0,mentee,North,"));
    }

    @Test
    void theAnswersExportComesInPages() {
        Map<String, String> path = Map.of("programId", program.id());
        Response first = h.call("coord-1", List.of(), "GET /programs/{programId}/responses.csv", path, Map.of("limit", "10"), null);
        String cursor = first.headers().path("x-next-cursor").asText();
        assertTrue(cursor.startsWith("svi_"), first.headers().toString());
        assertTrue(first.headers().path("link").asText().contains("cursor=" + cursor));
        int rows = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        String next = null;
        do {
            Response page = h.call("coord-1", List.of(), "GET /programs/{programId}/responses.csv", path,
                    next == null ? Map.of("limit", "10") : Map.of("limit", "10", "cursor", next), null);
            for (String line : page.text().split("\r\n")) {
                if (!line.startsWith("instanceId,")) {
                    seen.add(line.substring(0, line.indexOf(',')));
                    rows++;
                }
            }
            next = page.headers().path("x-next-cursor").asText(null);
        } while (next != null);
        String all = h.call("coord-1", "GET /programs/{programId}/responses.csv", path, null).text();
        assertEquals(all.split("\r\n").length - 1, rows, "pages add up to the whole export");
        assertEquals(12 + 12 + 6, seen.size(), "baselines, check-ins, skills-after: every non-anonymous answer once");
        Response bad = h.call("coord-1", List.of(), "GET /programs/{programId}/responses.csv", path, Map.of("limit", "0", "cursor", "x#y"), null);
        assertEquals(List.of("limit", "cursor"), bad.errorFields());
    }

    @Test
    void anonymousAnswersKeepNoLinkToThePerson() {
        List<Map<String, AttributeValue>> anonymous = h.table.dynamo().query(b -> b.tableName(h.table.name())
                .keyConditionExpression("PK = :p AND begins_with(SK, :a)")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("PROGRAM#" + program.id()),
                        ":a", AttributeValue.fromS("SURVEYANON#")))).items();
        assertEquals(6, anonymous.size());
        for (Map<String, AttributeValue> item : anonymous) {
            assertEquals(List.of("PK", "SK", "answers", "submittedOn", "surveyId", "templateId", "type"),
                    item.keySet().stream().sorted().toList());
            assertFalse(item.toString().contains("mentee-"), item.toString());
            assertFalse(item.toString().contains("svi_"), item.toString());
        }
    }

    private static JsonNode rate(JsonNode figures, String surveyId) {
        for (JsonNode r : figures.path("responseRates")) {
            if (r.path("surveyId").asText().equals(surveyId)) {
                return r;
            }
        }
        throw new AssertionError("no rate for " + surveyId);
    }
}
