package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.surveys.SurveysHarness.Published;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every survey instance sent asks the reminders function for one survey-due reminder (ReminderRequested, subject the
 * instance), written with the instance; answering withdraws it (ReminderWithdrawn) with the answer.
 */
class SurveyReminderEventsTest {
    private SurveysHarness h;
    private Program program;
    private Instant start;

    @BeforeEach
    void setUp() {
        h = new SurveysHarness();
        program = h.program("prg_remind", "coord-1", ProgramFormat.ONE_TO_ONE);
        h.register(program, "mentor-1", Role.MENTOR, "North", "en", List.of());
        h.register(program, "mentee-1", Role.MENTEE, "North", "es", List.of("negotiation"));
        start = h.clock.instant();
    }

    private List<Published> reminderEvents() {
        return h.published.stream().filter(e -> e.detailType().startsWith("Reminder")).toList();
    }

    @Test
    void eachInstanceSentAsksForOneReminderThreeDaysLaterEvenWhenTheTriggerIsDeliveredTwice() {
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start);
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start); // redelivered
        String baseline = h.surveysOf("mentee-1", "skills-before").get(0);

        List<Published> events = reminderEvents();
        assertEquals(1, events.size(), events.toString());
        Published e = events.get(0);
        assertEquals("pairwise.surveys", e.source());
        assertEquals("ReminderRequested", e.detailType());
        assertEquals("mentee-1", e.detail().get("recipientId").asText());
        assertEquals("survey_due", e.detail().get("kind").asText());
        assertEquals(baseline, e.detail().get("subject").asText());
        assertEquals(program.id(), e.detail().get("programId").asText());
        assertEquals(start.plus(Duration.ofDays(3)).toString(), e.detail().get("dueAt").asText());
        assertEquals("/surveys/" + baseline, e.detail().get("facts").get("path").asText());
        assertTrue(new OutboxStore(h.table).unsent(10).isEmpty());

        h.clock.set(start.plus(Duration.ofDays(14)));
        h.held("mtg_1", "rel_1", program.id(), h.clock.instant());
        h.held("mtg_1", "rel_1", program.id(), h.clock.instant());
        List<String> subjects = reminderEvents().stream().map(p -> p.detail().get("subject").asText()).toList();
        assertEquals(3, subjects.size(), "the check-in to each of the pair, once: " + subjects);
        assertTrue(subjects.containsAll(List.of(h.surveysOf("mentor-1", "check-in").get(0), h.surveysOf("mentee-1", "check-in").get(0))));
    }

    @Test
    void answeringWithdrawsTheReminderWithAHigherRevision() {
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start);
        String baseline = h.surveysOf("mentee-1", "skills-before").get(0);
        h.clock.advance(Duration.ofHours(2));
        assertEquals(201, h.answer("mentee-1", baseline, Map.of("q1", Map.of("negotiation", 2))).status());
        assertEquals(409, h.answer("mentee-1", baseline, Map.of("q1", Map.of("negotiation", 3))).status());

        List<Published> events = reminderEvents();
        assertEquals(List.of("ReminderRequested", "ReminderWithdrawn"), events.stream().map(Published::detailType).toList());
        Published withdrawn = events.get(1);
        assertEquals("mentee-1", withdrawn.detail().get("recipientId").asText());
        assertEquals("survey_due", withdrawn.detail().get("kind").asText());
        assertEquals(baseline, withdrawn.detail().get("subject").asText());
        assertTrue(withdrawn.detail().get("revision").asLong() > events.get(0).detail().get("revision").asLong());
    }

    @Test
    void theEventsAreWrittenWithTheInstanceAndTheAnswerAndWaitInTheOutboxWhenTheBusIsDown() {
        h.busDown = true;
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), start);
        String baseline = h.surveysOf("mentee-1", "skills-before").get(0);
        assertEquals(201, h.answer("mentee-1", baseline, Map.of("q1", Map.of("negotiation", 2))).status());
        List<DomainEvent> left = new OutboxStore(h.table).unsent(10);
        assertEquals(List.of("ReminderRequested", "ReminderWithdrawn"), left.stream().map(DomainEvent::detailType).sorted().toList());
        assertEquals(List.of(), h.published);
    }
}
