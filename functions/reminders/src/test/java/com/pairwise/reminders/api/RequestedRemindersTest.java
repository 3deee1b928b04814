package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.reminders.RemindersHarness;
import com.pairwise.reminders.RemindersHarness.Person;
import com.pairwise.reminders.RemindersHarness.Response;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reminders other functions ask for: signup's "finish your registration" (registration_incomplete) and surveys'
 * "a survey is waiting" (survey_due), each sent once, in the recipient's language, withdrawn by ReminderWithdrawn,
 * and never when the person turned the kind off.
 */
class RequestedRemindersTest {
    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
    private final RemindersHarness h = new RemindersHarness();
    private final String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");

    private void registerAna(String language) {
        h.register(program, "ana", Role.MENTEE, "Ana", List.of(language), "Europe/Paris", List.of());
    }

    private void askToFinish(long revision) {
        h.reminderRequested("signup", "ana", "registration_incomplete", program, program, DUE, revision,
                Map.of("missingFields", "skills_to_develop,goals", "path", "/programs/" + program + "/registrations/me"));
    }

    @Test
    void anIncompleteRegistrationIsRemindedOnceInTheRecipientsLanguageNamingWhatIsMissing() {
        registerAna("fr");
        askToFinish(1);
        askToFinish(1); // EventBridge delivered it twice
        h.clock.set(DUE.minusSeconds(60));
        h.tick();
        assertEquals(List.of(), h.mailedKeys(), "not due yet");

        h.clock.set(DUE);
        h.tick();
        h.tick();
        assertEquals(List.of("ana/registration_incomplete/" + program), h.mailedKeys());
        String text = RemindersHarness.plainText(h.mails().get(0));
        assertTrue(text.contains("Bonjour Ana"), text);
        assertTrue(text.contains("compétences à développer, objectifs"), text);
        assertTrue(text.contains("https://api.example.com/programs/" + program + "/registrations/me"), text);

        h.clock.set(DUE.plusSeconds(3600));
        h.tick();
        assertEquals(1, h.mailedKeys().size(), "exactly one per recipient, subject and kind");
    }

    @Test
    void aWithdrawnRequestSendsNothingWhicheverArrivesFirst() {
        registerAna("en");
        askToFinish(1);
        h.reminderWithdrawn("signup", "ana", "registration_incomplete", program, 2);
        h.reminderWithdrawn("surveys", "ana", "survey_due", "svi_1", 2); // the withdrawal overtook its request
        h.reminderRequested("surveys", "ana", "survey_due", "svi_1", program, DUE, 1, Map.of("path", "/surveys/svi_1"));
        h.clock.set(DUE.plusSeconds(3600));
        h.tick();
        assertEquals(List.of(), h.mailedKeys());

        askToFinish(3); // incomplete again later: a newer request outranks the tombstone
        h.tick();
        assertEquals(List.of("ana/registration_incomplete/" + program), h.mailedKeys());
    }

    @Test
    void aSurveyDueReminderLinksTheSurvey() {
        registerAna("es");
        h.reminderRequested("surveys", "ana", "survey_due", "svi_7", program, DUE, 1, Map.of("instanceId", "svi_7", "path", "/surveys/svi_7"));
        h.clock.set(DUE);
        h.tick();
        assertEquals(List.of("ana/survey_due/svi_7"), h.mailedKeys());
        String text = RemindersHarness.plainText(h.mails().get(0));
        assertTrue(text.contains("Cuéntanos cómo va tu mentoría"), text);
        assertTrue(text.contains("Responder la encuesta: https://api.example.com/surveys/svi_7"), text);
    }

    @Test
    void eachNewKindIsListedInThePreferencesAndATurnedOffKindIsNotSent() {
        registerAna("en");
        Person ana = Person.user("ana");
        Response got = h.call(ana, "GET /me/preferences", Map.of(), null);
        assertTrue(got.body().path("kinds").path("registration_incomplete").asBoolean(), got.toString());
        assertTrue(got.body().path("kinds").path("survey_due").asBoolean(), got.toString());

        Response off = h.call(ana, "PATCH /me/preferences", Map.of(), Map.of("kinds", Map.of("registration_incomplete", false)));
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.body().path("kinds").path("registration_incomplete").asBoolean());
        assertTrue(off.body().path("kinds").path("survey_due").asBoolean());

        askToFinish(1);
        h.reminderRequested("surveys", "ana", "survey_due", "svi_1", program, DUE, 1, Map.of("path", "/surveys/svi_1"));
        h.clock.set(DUE);
        h.tick();
        assertEquals(List.of("ana/survey_due/svi_1"), h.mailedKeys(), "the registration reminder was turned off");
    }

    @Test
    void quietHoursHoldItUntilTheMorning() {
        registerAna("en");
        Instant night = Instant.parse("2026-11-25T22:30:00Z"); // 23:30 in Paris
        h.reminderRequested("signup", "ana", "registration_incomplete", program, program, night, 1, Map.of("missingFields", "goals"));
        h.clock.set(night);
        h.tick();
        assertEquals(List.of(), h.mailedKeys());
        h.clock.set(Instant.parse("2026-11-26T07:00:00Z")); // 08:00 in Paris
        h.tick();
        assertEquals(List.of("ana/registration_incomplete/" + program), h.mailedKeys());
    }
}
