package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.OtherFunctions;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import com.pairwise.shared.model.UnmatchedPerson;
import com.pairwise.shared.store.WaitlistStore;
import com.pairwise.testing.OpenApiDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /me/export holds what every function keeps about the caller, built by the functions' own code: Ana asked Ben to
 * mentor her, they met, took notes, got reminders, answered surveys, and ended. Ben also mentors Cleo.
 */
class ExportEverythingApiTest {
    private final SignupHarness api = new SignupHarness();
    private final OtherFunctions functions = new OtherFunctions(api);
    private final Person admin = Person.admin("admin-1");
    private final Person ana = Person.user("ana");
    private final Person ben = Person.user("ben");
    private final Person cleo = Person.user("cleo");
    private String programId;
    private String withBen;
    private String withCleo;

    @BeforeEach
    void aPairThatMetAndEnded() {
        programId = api.call(admin, "POST /programs", Map.of(), with(program(), "coordinators", List.of("coord-1")))
                .body().get("id").asText();
        Map<String, String> in = Map.of("programId", programId);
        signUpAs(ana, with(with(signUp("mentee"), "goals", "ANA-GOALS"), "displayName", "Ana Lima"));
        signUpAs(ben, with(with(with(signUp("mentor"), "goals", "BEN-GOALS"), "displayName", "Ben Okafor"), "capacity", 3));
        signUpAs(cleo, with(with(signUp("mentee"), "goals", "CLEO-GOALS"), "displayName", "Cleo Marsh"));

        Response asked = functions.call(functions.matching, ana, "POST /programs/{programId}/match-requests", in,
                Map.of("mentorId", "ben", "message", "ANA-REQUEST-MESSAGE"));
        assertEquals(201, asked.status(), asked.toString());
        Response accepted = functions.call(functions.matching, ben, "POST /match-requests/{requestId}/accept",
                Map.of("requestId", asked.body().get("id").asText()), null);
        assertTrue(accepted.status() < 300, accepted.toString());
        withBen = accepted.body().get("id").asText();
        Response paired = functions.call(functions.matching, Person.user("coord-1"), "POST /programs/{programId}/relationships", in,
                Map.of("mentorId", "ben", "menteeId", "cleo"));
        assertEquals(201, paired.status(), paired.toString());
        withCleo = paired.body().get("id").asText();

        answerOpenSurveys(ana, "skills-before", Map.of("q1", Map.of("Negotiation", 2)));
        String anaMeeting = schedule(ana, withBen, "2026-11-25T17:00:00Z");
        String cleoMeeting = schedule(cleo, withCleo, "2026-11-25T19:00:00Z");
        assertEquals(200, functions.call(functions.reminders, ana, "PATCH /me/preferences", Map.of(),
                Map.of("kinds", Map.of("inactivity", false), "quietHours", Map.of("start", "22:00", "end", "06:30"))).status());

        api.clock.set(Instant.parse("2026-11-24T17:05:00Z"));
        functions.runReminders(); // the 24-hour meeting reminders reach everyone's feed
        String firstNote = feedOf(ana).get(0).get("id").asText();
        assertEquals(200, functions.call(functions.reminders, ana, "POST /me/notifications/{notificationId}/read",
                Map.of("notificationId", firstNote), null).status());

        api.clock.set(Instant.parse("2026-11-25T20:30:00Z"));
        held(ana, anaMeeting, Map.of("status", "held", "sharedNotes", "ANA-BEN-SHARED-NOTES", "privateNote", "ANA-PRIVATE-NOTE",
                "actionItems", List.of(Map.of("text", "ANA-ACTION", "ownerId", "ana"), Map.of("text", "PAIR-ACTION"))));
        held(ben, anaMeeting, Map.of("privateNote", "BEN-PRIVATE-NOTE-ON-ANA"));
        held(cleo, cleoMeeting, Map.of("status", "held", "sharedNotes", "CLEO-SHARED-NOTES", "privateNote", "CLEO-PRIVATE-NOTE"));
        held(ben, cleoMeeting, Map.of("privateNote", "BEN-PRIVATE-NOTE-ON-CLEO"));
        answerOpenSurveys(ana, "check-in", Map.of("q1", 4, "q2", "yes", "q3", "ANA-CHECK-IN-ANSWER"));
        answerOpenSurveys(ben, "check-in", withBen, Map.of("q1", 5, "q2", "partly", "q3", "BEN-CHECK-IN-ANSWER"));
        answerOpenSurveys(cleo, "check-in", Map.of("q1", 3, "q2", "no", "q3", "CLEO-CHECK-IN-ANSWER"));

        Response ended = functions.call(functions.matching, ben, "POST /relationships/{relationshipId}/end",
                Map.of("relationshipId", withBen), Map.of("reason", "GOALS-REACHED"));
        assertEquals(200, ended.status(), ended.toString());
        answerOpenSurveys(ana, "nps", Map.of("q1", 9, "q2", "ANA-ANONYMOUS-NPS-ANSWER"));
    }

    @Test
    void theExportHoldsWhatEveryFunctionKeepsAboutTheCaller() {
        Response export = api.call(ana, "GET /me/export", Map.of(), null);
        assertEquals(200, export.status(), export.toString());
        JsonNode body = export.body();

        JsonNode matching = body.get("matching");
        assertEquals(1, matching.get("relationships").size());
        JsonNode relationship = matching.get("relationships").get(0);
        assertEquals(withBen, relationship.get("id").asText());
        assertEquals("mentee", relationship.get("role").asText());
        assertEquals("ended", relationship.get("status").asText());
        assertEquals("ben", relationship.get("mentorId").asText());
        assertEquals("GOALS-REACHED", relationship.get("endReason").asText());
        assertEquals(List.of("ANA-GOALS"), texts(relationship.get("goals")));
        assertEquals(1, matching.get("matchRequests").size());
        JsonNode request = matching.get("matchRequests").get(0);
        assertEquals("made", request.get("direction").asText());
        assertEquals("accepted", request.get("status").asText());
        assertEquals("ANA-REQUEST-MESSAGE", request.get("message").asText());
        assertEquals(withBen, request.get("relationshipId").asText());

        JsonNode meetings = body.get("agenda").get("meetings");
        assertEquals(1, meetings.size(), "only the meetings of Ana's own relationship");
        JsonNode meeting = meetings.get(0);
        assertEquals("2026-11-25T17:00:00Z", meeting.get("start").asText());
        assertEquals("held", meeting.get("status").asText());
        assertEquals("ANA-BEN-SHARED-NOTES", meeting.get("sharedNotes").asText());
        assertEquals("ANA-PRIVATE-NOTE", meeting.get("privateNote").asText());
        assertEquals(List.of("ANA-ACTION", "PAIR-ACTION"), meeting.get("actionItems").findValuesAsText("text"));
        assertEquals("ana", meeting.get("actionItems").get(0).get("ownerId").asText());
        assertTrue(meeting.get("actionItems").get(1).get("ownerId").isNull());

        JsonNode reminders = body.get("reminders");
        assertTrue(reminders.get("reminders").size() >= 2, reminders.toString());
        List<String> kinds = reminders.get("reminders").findValuesAsText("kind");
        assertTrue(kinds.contains("meeting"), kinds.toString());
        assertTrue(reminders.get("reminders").findValuesAsText("status").contains("sent"), reminders.toString());
        JsonNode feed = reminders.get("notifications");
        assertEquals(feedOf(ana).size(), feed.size());
        assertEquals("2026-11-24T17:05:00Z", firstReadAt(feed));
        assertEquals(List.of("inactivity"), texts(reminders.get("preferences").get("off")));
        assertEquals("22:00", reminders.get("preferences").get("quietHours").get("start").asText());

        JsonNode surveys = body.get("surveys").get("surveys");
        List<String> surveyIds = surveys.findValuesAsText("surveyId");
        assertTrue(surveyIds.containsAll(List.of("skills-before", "check-in", "nps")), surveyIds.toString());
        JsonNode checkIn = only(surveys, "check-in");
        assertEquals("ANA-CHECK-IN-ANSWER", checkIn.get("answer").get("answers").get("q3").asText());
        assertEquals(4, checkIn.get("answer").get("answers").get("q1").asInt());
        JsonNode nps = only(surveys, "nps");
        assertTrue(nps.get("anonymous").asBoolean());
        assertTrue(nps.get("answer").isNull(), "an anonymous answer names nobody, so it is not found again");
        assertEquals(2, body.get("surveys").get("skillBaselines").get(0).get("ratings").get("Negotiation").asInt());

        assertEquals("ANA-GOALS", body.get("registrations").get(0).get("goals").asText());
    }

    @Test
    void nothingOfAnybodyElseIsInIt() {
        String text = api.call(ana, "GET /me/export", Map.of(), null).body().toString();
        for (String theirs : List.of("BEN-PRIVATE-NOTE-ON-ANA", "BEN-PRIVATE-NOTE-ON-CLEO", "CLEO-PRIVATE-NOTE", "CLEO-SHARED-NOTES",
                "BEN-CHECK-IN-ANSWER", "CLEO-CHECK-IN-ANSWER", "BEN-GOALS", "CLEO-GOALS", "ben@example.com", "cleo@example.com",
                withCleo, "Cleo Marsh")) {
            assertFalse(text.contains(theirs), theirs + " is not Ana's: " + text);
        }
        assertFalse(text.contains("ANA-ANONYMOUS-NPS-ANSWER"), "an anonymous answer is not linked to anyone, Ana included");
        assertFalse(text.contains("\"PK\"") || text.contains("GSI1") || text.contains("\"SK\""), "no storage attribute names");

        JsonNode bens = api.call(ben, "GET /me/export", Map.of(), null).body();
        assertEquals(2, bens.get("matching").get("relationships").size());
        assertEquals(List.of("mentor", "mentor"), bens.get("matching").get("relationships").findValuesAsText("role"));
        assertEquals("received", bens.get("matching").get("matchRequests").get(0).get("direction").asText());
        List<String> notes = bens.get("agenda").get("meetings").findValuesAsText("privateNote");
        assertEquals(List.of("BEN-PRIVATE-NOTE-ON-ANA", "BEN-PRIVATE-NOTE-ON-CLEO"), notes);
        String bensText = bens.toString();
        for (String theirs : List.of("ANA-PRIVATE-NOTE", "CLEO-PRIVATE-NOTE", "ANA-CHECK-IN-ANSWER", "ana@example.com")) {
            assertFalse(bensText.contains(theirs), theirs + " is not Ben's");
        }
        assertTrue(bens.get("reminders").get("preferences").isNull(), "Ben never set any");
    }

    @Test
    void aPlaceAwaitedAfterAMatchingRunIsInTheExportOfWhoWaits() {
        Person dan = Person.user("dan");
        signUpAs(dan, with(signUp("mentee"), "displayName", "Dan Reyes"));
        // As a committed run leaves those it could not place (MatchingRuns.commit).
        new WaitlistStore(api.table).put(programId, new UnmatchedPerson("dan", "language", "DAN-NO-MENTOR-SPEAKS"),
                Instant.parse("2026-11-24T09:00:00Z"));

        JsonNode waiting = api.call(dan, "GET /me/export", Map.of(), null).body().get("matching").get("waitingForPlace");
        assertEquals(1, waiting.size());
        assertEquals(programId, waiting.get(0).get("programId").asText());
        assertEquals("2026-11-24T09:00:00Z", waiting.get(0).get("since").asText());
        assertEquals("DAN-NO-MENTOR-SPEAKS", waiting.get(0).get("reason").asText());
        assertFalse(api.call(ana, "GET /me/export", Map.of(), null).body().toString().contains("DAN-NO-MENTOR-SPEAKS"));
    }

    @Test
    void theExportHasExactlyTheShapeDocsOpenApiDescribes() {
        OpenApiDocument doc = OpenApiDocument.read(SignupHarness.repoRoot());
        JsonNode schema = doc.operation("get", "/me/export").path("responses").path("200").path("content")
                .path("application/json").path("schema");
        for (Person who : List.of(ana, ben, cleo)) {
            JsonNode export = api.call(who, "GET /me/export", Map.of(), null).body();
            assertEquals(List.of(), DocumentedShape.differences(doc.root(), schema, export), who.userId() + "'s export");
        }
    }

    private void signUpAs(Person who, Map<String, Object> body) {
        Response r = api.call(who, "POST /programs/{programId}/registrations", Map.of("programId", programId), body);
        assertEquals(201, r.status(), r.toString());
    }

    private String schedule(Person who, String relationshipId, String start) {
        Response r = functions.call(functions.agenda, who, "POST /relationships/{relationshipId}/meetings",
                Map.of("relationshipId", relationshipId), Map.of("start", start, "durationMinutes", 60));
        assertEquals(201, r.status(), r.toString());
        return r.body().get("id").asText();
    }

    private void held(Person who, String meetingId, Map<String, Object> change) {
        Response r = functions.call(functions.agenda, who, "PATCH /meetings/{meetingId}", Map.of("meetingId", meetingId), change);
        assertEquals(200, r.status(), r.toString());
    }

    private List<JsonNode> feedOf(Person who) {
        Response r = functions.call(functions.reminders, who, "GET /me/notifications", Map.of(), null);
        assertEquals(200, r.status(), r.toString());
        List<JsonNode> items = new ArrayList<>();
        r.body().get("items").forEach(items::add);
        assertFalse(items.isEmpty(), "the run put something in " + who.userId() + "'s feed");
        return items;
    }

    private void answerOpenSurveys(Person who, String surveyId, Map<String, Object> answers) {
        answerOpenSurveys(who, surveyId, null, answers);
    }

    /** Answers the one open survey {@code surveyId} about the relationship (null: any) as {@code who}. */
    private void answerOpenSurveys(Person who, String surveyId, String relationshipId, Map<String, Object> answers) {
        Response mine = functions.call(functions.surveys, who, "GET /me/surveys", Map.of(), null);
        int answered = 0;
        for (JsonNode s : mine.body().get("items")) {
            if (s.get("surveyId").asText().equals(surveyId) && s.path("answeredAt").isNull()
                    && (relationshipId == null || relationshipId.equals(s.get("relationshipId").asText()))) {
                Response r = functions.call(functions.surveys, who, "POST /surveys/{instanceId}/responses",
                        Map.of("instanceId", s.get("id").asText()), Map.of("answers", answers));
                assertEquals(201, r.status(), r.toString());
                answered++;
            }
        }
        assertEquals(1, answered, who.userId() + " had one open " + surveyId + ": " + mine);
    }

    private static String firstReadAt(JsonNode feed) {
        for (JsonNode n : feed) {
            if (!n.get("readAt").isNull()) {
                return n.get("readAt").asText();
            }
        }
        return null;
    }

    private static JsonNode only(JsonNode surveys, String surveyId) {
        List<JsonNode> found = new ArrayList<>();
        surveys.forEach(s -> {
            if (s.get("surveyId").asText().equals(surveyId)) {
                found.add(s);
            }
        });
        assertEquals(1, found.size(), surveyId + " in " + surveys);
        return found.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
