package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.signup.RecordingPublisher.Published;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Signup asks the reminders function for a "finish your registration" reminder (ReminderRequested) while a
 * registration lacks what the program requires or matching needs, and takes it back (ReminderWithdrawn) once it is
 * complete or withdrawn; the events go through the outbox with the registration's write.
 */
class RegistrationReminderEventsTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin-1");
    private final Person ana = Person.user("ana");
    private final String programId = api.call(admin, "POST /programs", Map.of(), program()).body().get("id").asText();

    private Response signUpAs(Person who, Map<String, Object> body) {
        return api.call(who, "POST /programs/{programId}/registrations", Map.of("programId", programId), body);
    }

    private Response patchMine(Person who, Map<String, Object> body) {
        return api.call(who, "PATCH /programs/{programId}/registrations/me", Map.of("programId", programId), body);
    }

    private List<Published> reminderEvents() {
        return api.events.events.stream().filter(e -> e.detailType().startsWith("Reminder")).collect(Collectors.toList());
    }

    private static Map<String, Object> completeMentee() {
        return with(signUp("mentee"), "goals", "Lead my first negotiation");
    }

    @Test
    void anIncompleteSignUpAsksForAReminderNamingWhatIsMissing() {
        assertEquals(201, signUpAs(ana, signUp("mentee")).status());

        List<Published> events = reminderEvents();
        assertEquals(1, events.size(), events.toString());
        Published e = events.get(0);
        assertEquals("pairwise.signup", e.source());
        assertEquals("ReminderRequested", e.detailType());
        JsonNode d = e.detail();
        assertEquals("ana", d.get("recipientId").asText());
        assertEquals("registration_incomplete", d.get("kind").asText());
        assertEquals(programId, d.get("subject").asText());
        assertEquals(programId, d.get("programId").asText());
        assertEquals(api.clock.instant().plus(Duration.ofDays(2)).toString(), d.get("dueAt").asText());
        assertEquals("goals", d.get("facts").get("missingFields").asText(), "a mentee without goals: matching needs them");
        assertEquals("/programs/" + programId + "/registrations/me", d.get("facts").get("path").asText());
        assertTrue(new OutboxStore(api.table).unsent(10).isEmpty(), "published, so cleared from the outbox");
    }

    @Test
    void aCompleteSignUpAsksForNothing() {
        assertEquals(201, signUpAs(ana, completeMentee()).status());
        Response mentor = signUpAs(Person.user("ben"), with(signUp("mentor"), "skillsOffered", List.of("Negotiation")));
        assertEquals(201, mentor.status(), mentor.toString());
        assertEquals(List.of(), reminderEvents());
    }

    @Test
    void theRequestIsWrittenWithTheRegistrationAndWaitsInTheOutboxWhenTheBusIsDown() {
        api.events.failing(true);
        assertEquals(201, signUpAs(ana, signUp("mentee")).status());
        List<DomainEvent> left = new OutboxStore(api.table).unsent(10);
        assertEquals(List.of("ReminderRequested"), left.stream().map(DomainEvent::detailType).toList());
        assertEquals("registration_incomplete", detail(left.get(0)).get("kind").asText());

        Response refused = signUpAs(Person.user("ben"), with(signUp("boss"), "goals", null));
        assertEquals(400, refused.status());
        assertEquals(1, new OutboxStore(api.table).unsent(10).size(), "a refused sign-up writes no event");
    }

    @Test
    void completingTheProfileWithdrawsTheReminderWithAHigherRevision() {
        signUpAs(ana, signUp("mentee"));
        api.clock.advance(Duration.ofMinutes(5));
        assertEquals(200, patchMine(ana, Map.of("department", "Sales")).status());
        assertEquals(1, reminderEvents().size(), "the same gaps: nothing new to ask, the reminder stays due as planned");

        api.clock.advance(Duration.ofMinutes(5));
        assertEquals(200, patchMine(ana, Map.of("goals", "Lead my first negotiation")).status());
        List<Published> events = reminderEvents();
        assertEquals(2, events.size(), events.toString());
        Published withdrawn = events.get(1);
        assertEquals("ReminderWithdrawn", withdrawn.detailType());
        assertEquals("ana", withdrawn.detail().get("recipientId").asText());
        assertEquals("registration_incomplete", withdrawn.detail().get("kind").asText());
        assertEquals(programId, withdrawn.detail().get("subject").asText());
        assertTrue(withdrawn.detail().get("revision").asLong() > events.get(0).detail().get("revision").asLong());
    }

    @Test
    void clearingANeededFieldAsksAgain() {
        signUpAs(ana, completeMentee());
        api.clock.advance(Duration.ofHours(1));
        assertEquals(200, patchMine(ana, Map.of("skillsToDevelop", List.of())).status());
        List<Published> events = reminderEvents();
        assertEquals(1, events.size());
        assertEquals("skills_to_develop", events.get(0).detail().get("facts").get("missingFields").asText());
        assertEquals(api.clock.instant().plus(Duration.ofDays(2)).toString(), events.get(0).detail().get("dueAt").asText(),
                "due two days after the change that made it incomplete");
    }

    @Test
    void withdrawingAnIncompleteRegistrationWithdrawsItsReminder() {
        signUpAs(ana, signUp("mentee"));
        api.clock.advance(Duration.ofMinutes(1));
        assertEquals(204, api.call(ana, "DELETE /programs/{programId}/registrations/me", Map.of("programId", programId), null).status());
        List<Published> events = reminderEvents();
        assertEquals(List.of("ReminderRequested", "ReminderWithdrawn"), events.stream().map(Published::detailType).toList());
        assertTrue(events.get(1).detail().get("revision").asLong() > events.get(0).detail().get("revision").asLong());

        api.clock.advance(Duration.ofMinutes(1));
        signUpAs(ana, signUp("mentee"));
        long again = reminderEvents().get(2).detail().get("revision").asLong();
        assertTrue(again > events.get(1).detail().get("revision").asLong(), "signing up again outranks the tombstone");
    }

    @Test
    void aNewRequiredFieldRemindsEveryoneItLeavesWithAGapAcrossPages() {
        int people = 130; // more than one page of registrations
        for (int i = 0; i < people; i++) {
            Map<String, Object> body = i % 2 == 0 ? completeMentee() : with(completeMentee(), "department", "Sales");
            assertEquals(201, signUpAs(Person.user("p" + i), body).status());
        }
        assertEquals(List.of(), reminderEvents());
        api.clock.advance(Duration.ofHours(1));

        Response patched = api.call(admin, "PATCH /programs/{programId}", Map.of("programId", programId),
                Map.of("requiredProfileFields", List.of("time_zone", "country", "department")));
        assertEquals(200, patched.status(), patched.toString());
        List<Published> asked = reminderEvents();
        assertEquals(people / 2, asked.size(), "only those without a department");
        assertTrue(asked.stream().allMatch(e -> e.detailType().equals("ReminderRequested")
                && e.detail().get("facts").get("missingFields").asText().equals("department")));
        assertEquals(people / 2, asked.stream().map(e -> e.detail().get("recipientId").asText()).distinct().count());
        assertTrue(new OutboxStore(api.table).unsent(10).isEmpty());

        api.clock.advance(Duration.ofHours(1));
        api.call(admin, "PATCH /programs/{programId}", Map.of("programId", programId), Map.of("coordinators", List.of("coord-1", "coord-2")));
        assertEquals(people / 2, reminderEvents().size(), "other program edits ask for nothing");
        api.call(admin, "PATCH /programs/{programId}", Map.of("programId", programId), Map.of("requiredProfileFields", List.of("time_zone")));
        List<Published> all = reminderEvents();
        assertEquals(people, all.size());
        assertTrue(all.subList(people / 2, people).stream().allMatch(e -> e.detailType().equals("ReminderWithdrawn")));
    }

    private static JsonNode detail(DomainEvent e) {
        try {
            return Json.MAPPER.readTree(e.detail());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
