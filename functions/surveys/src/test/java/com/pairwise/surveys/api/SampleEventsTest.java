package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.surveys.SurveysHarness.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sample event in events/surveys runs through the handler and gets the answer its name promises. */
class SampleEventsTest {

    private static ObjectNode event(String name, String programId, String instanceId) {
        String text = SurveysHarness.sampleEvent(name).toString().replace("PROGRAM_ID", programId).replace("INSTANCE_ID", instanceId);
        try {
            return (ObjectNode) Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSampleEventsTellAWholeStory() throws IOException {
        SurveysHarness h = new SurveysHarness();
        Program program = h.program("prg_sample", "demo-coordinator", ProgramFormat.ONE_TO_ONE);
        h.register(program, "demo-mentor-1", Role.MENTOR, "EMEA", "en", List.of());
        h.register(program, "demo-mentee-1", Role.MENTEE, "EMEA", "es", List.of("negotiation"));

        assertEquals(200, h.invoke(event("put-program-surveys.json", program.id(), "-")).status());
        assertEquals(200, h.invoke(event("get-program-surveys.json", program.id(), "-")).status());
        assertEquals(200, h.invoke(event("get-templates.json", program.id(), "-")).status());
        h.invokeEvent(event("relationship-started.json", program.id(), "-"));
        h.clock.advance(java.time.Duration.ofDays(14));
        h.invokeEvent(event("meeting-held.json", program.id(), "-"));
        h.invokeEvent(event("meeting-held.json", program.id(), "-"));
        h.invokeEvent(event("daily-schedule.json", program.id(), "-"));

        Response mine = h.invoke(event("get-my-surveys.json", program.id(), "-"));
        assertEquals(2, mine.body().path("items").size(), mine.toString());
        String checkIn = h.surveysOf("demo-mentee-1", "check-in").get(0);
        assertEquals(200, h.invoke(event("get-survey.json", program.id(), checkIn)).status());
        Response bad = h.invoke(event("bad-answer.json", program.id(), checkIn));
        assertEquals(List.of("answers.q7", "answers.q1", "answers.q2"), bad.errorFields());
        assertEquals(201, h.invoke(event("answer-check-in.json", program.id(), checkIn)).status());
        assertEquals(200, h.invoke(event("change-answer.json", program.id(), checkIn)).status());
        h.invokeEvent(event("relationship-ended.json", program.id(), "-"));
        assertEquals(1, h.surveysOf("demo-mentee-1", "nps").size());

        Response report = h.invoke(event("get-report.json", program.id(), "-"));
        assertEquals(200, report.status());
        assertEquals(1, report.body().path("relationships").path("meetingsHeld").asInt(), "the meeting delivered twice counts once");
        assertEquals(200, h.invoke(event("get-report-csv.json", program.id(), "-")).status());
        Response csv = h.invoke(event("get-responses-csv.json", program.id(), "-"));
        assertTrue(csv.text().contains(checkIn), csv.text());

        String erasure = event("person-erased.json", program.id(), "-").toString()
                .replace("PERSON_ID", "demo-mentee-1").replace("RELATIONSHIP_ID", "rel_example");
        h.invokeEvent(Json.MAPPER.readTree(erasure));
        assertEquals(List.of(), h.surveysOf("demo-mentee-1", null), "erased");
        assertTrue(h.surveysOf("demo-mentor-1", null).size() > 0, "the other party's stay");

        try (Stream<Path> files = Files.list(SurveysHarness.repoRoot().resolve("events/surveys"))) {
            assertEquals(16, files.filter(f -> f.toString().endsWith(".json")).count(), "every sample is used above");
        }
    }
}
