package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * PersonErased through the handler: the person's survey instances and answers (with baseline and check-in flag) go,
 * the relationship keeps the pseudonym, the report's sums stay as they were; a second delivery is harmless.
 */
class PersonErasedTest {
    private static final String PSEUDONYM = "erased_h7w2c9q4m1x8z5v3k6bt";
    private SurveysHarness h;
    private Program program;
    private Instant start;

    @BeforeEach
    void setUp() {
        h = new SurveysHarness();
        program = h.program("prg_erase", "coord-1", ProgramFormat.ONE_TO_ONE);
        h.register(program, "mentor-1", Role.MENTOR, "North", "en", List.of());
        h.register(program, "mentee-1", Role.MENTEE, "North", "en", List.of("negotiation"));
        start = h.clock.instant();
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start);
    }

    private void answeredBaselineAndAnUnhappyCheckIn() {
        String baseline = h.surveysOf("mentee-1", "skills-before").get(0);
        assertEquals(201, h.answer("mentee-1", baseline, Map.of("q1", Map.of("negotiation", 2))).status());
        h.clock.set(start.plus(Duration.ofDays(14)));
        h.held("mtg_1", "rel_1", program.id(), h.clock.instant());
        String checkIn = h.surveysOf("mentee-1", "check-in").get(0);
        assertEquals(201, h.answer("mentee-1", checkIn, Map.of("q1", 1, "q2", "no", "q3", "Mentor-1 never shows up, signed Tomás")).status());
    }

    private void erase() throws Exception {
        ObjectNode event = SurveysHarness.sampleEvent("person-erased.json");
        String text = Json.MAPPER.writeValueAsString(event).replace("PERSON_ID", "mentee-1").replace("PROGRAM_ID", program.id())
                .replace("RELATIONSHIP_ID", "rel_1");
        h.invokeEvent(Json.MAPPER.readTree(text));
    }

    private JsonNode report() {
        return h.call("coord-1", "GET /programs/{programId}/report", Map.of("programId", program.id()), null).body();
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        return h.table.dynamo().getItem(b -> b.tableName(h.table.name()).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }

    @Test
    void theErasedPersonsSurveysAndAnswersGoAndTheSumsStay() throws Exception {
        answeredBaselineAndAnUnhappyCheckIn();
        String instance = h.surveysOf("mentee-1", "check-in").get(0);
        JsonNode before = report();
        assertEquals("[\"rel_1\"]", before.path("relationships").path("needsCheckIn").toString(), "setup: flagged");

        erase();

        assertEquals(List.of(), h.surveysOf("mentee-1", null));
        assertEquals(404, h.call("mentee-1", "GET /surveys/{instanceId}", Map.of("instanceId", instance), null).status());
        String csv = h.call("coord-1", "GET /programs/{programId}/responses.csv", Map.of("programId", program.id()), null).text();
        assertFalse(csv.contains("mentee-1") || csv.contains("Tomás"), csv);
        JsonNode after = report();
        assertEquals("[]", after.path("relationships").path("needsCheckIn").toString());
        assertEquals(before.path("surveys"), after.path("surveys"), "counts of sent and answered surveys are sums without anyone in them");
        assertFalse(after.path("notAnswered").toString().contains("mentee-1"));
        assertTrue(item("PROGRAM#" + program.id(), "SKILLBASE#rel_1#mentee-1").isEmpty(), "the skills baseline goes too");
        Map<String, AttributeValue> tracked = item("PROGRAM#" + program.id(), "SURVEYREL#rel_1");
        assertEquals("mentor-1", tracked.get("mentorId").s());
        assertEquals(PSEUDONYM, tracked.get("menteeIds").l().get(0).s());
        assertEquals(1, h.surveysOf("mentor-1", "check-in").size(), "the mentor's own survey stays");
    }

    @Test
    void aSecondDeliveryIsHarmless() throws Exception {
        answeredBaselineAndAnUnhappyCheckIn();
        erase();
        JsonNode report = report();

        erase();

        assertEquals(report, report());
        assertTrue(h.log.toString().contains("\"instancesDeleted\":0,\"relationshipsPseudonymised\":0"), h.log.toString());
    }

    @Test
    void laterSurveysOfTheRelationshipGoOnlyToTheOtherParty() throws Exception {
        erase();
        h.clock.set(start.plus(Duration.ofDays(14)));
        h.held("mtg_1", "rel_1", program.id(), h.clock.instant());
        h.ended("rel_1", program.id(), "mentor-1", List.of(PSEUDONYM), start, start.plus(Duration.ofDays(20)));

        assertEquals(List.of(), h.surveysOf("mentee-1", null));
        assertEquals(List.of(), h.surveysOf(PSEUDONYM, null));
        assertEquals(1, h.surveysOf("mentor-1", "check-in").size());
    }

    @Test
    void aPersonWithMoreThanOnePageOfSurveysIsErasedWhole() throws Exception {
        for (int i = 1; i <= 30; i++) {
            h.clock.set(start.plus(Duration.ofDays(i)));
            h.held("mtg_" + i, "rel_1", program.id(), h.clock.instant());
        }
        assertTrue(h.surveysOf("mentee-1", null).size() > 25, "setup: more than one page");

        erase();

        assertEquals(List.of(), h.surveysOf("mentee-1", null));
    }
}
