package com.pairwise.agenda.api;

import static com.pairwise.agenda.api.PairFixture.ADMIN;
import static com.pairwise.agenda.api.PairFixture.COORDINATOR;
import static com.pairwise.agenda.api.PairFixture.MENTEE;
import static com.pairwise.agenda.api.PairFixture.MENTOR;
import static com.pairwise.agenda.api.PairFixture.OUTSIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.agenda.AgendaHarness.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MeetingsApiTest {
    private final PairFixture f = new PairFixture();

    @Test
    void aScheduledMeetingShowsInEachPersonsTimeZoneWithAGeneratedAgenda() {
        Response created = f.schedule(MENTOR, "2026-12-01T09:00:00Z", "durationMinutes", 45, "videoLink", "https://meet.example.com/x");
        assertEquals(201, created.status(), created.toString());
        JsonNode m = created.body();
        assertEquals("/meetings/" + m.get("id").asText(), created.headers().path("location").asText());
        assertEquals("scheduled", m.get("status").asText());
        assertEquals("getting-to-know", m.get("sessionKey").asText());
        assertEquals("2026-12-01T09:45:00Z", m.get("end").asText());
        assertEquals("2026-12-01T10:00+01:00", m.get("localTimes").get(0).get("start").asText());
        assertEquals("2026-12-01T04:00-05:00", m.get("localTimes").get(1).get("start").asText());

        Response listed = f.api.call(MENTEE, "GET /relationships/{relationshipId}/meetings", Map.of("relationshipId", f.pair.id()), null);
        assertEquals(1, listed.body().get("items").size());
        Response agenda = f.agenda(MENTEE, m.get("id").asText(), null);
        assertEquals(200, agenda.status(), agenda.toString());
        assertEquals(45, agenda.body().get("minutes").asInt());
    }

    @Test
    void onlyThePairAndThoseOverseeingTheProgramSeeAMeeting() {
        String id = f.schedule(MENTOR, "2026-12-01T09:00:00Z").body().get("id").asText();
        for (String route : List.of("GET /meetings/{meetingId}", "GET /meetings/{meetingId}/agenda", "GET /meetings/{meetingId}/invite.ics")) {
            assertEquals(403, f.get(OUTSIDER, route, id).status(), route);
            assertEquals(200, f.get(COORDINATOR, route, id).status(), route);
            assertEquals(200, f.get(ADMIN, route, id).status(), route);
            assertEquals(401, f.get(null, route, id).status(), route);
            assertEquals(404, f.get(MENTOR, route, "mtg_nothere").status(), route);
        }
        assertEquals(403, f.api.call(OUTSIDER, "GET /relationships/{relationshipId}/meetings", Map.of("relationshipId", f.pair.id()), null).status());
        assertEquals(403, f.schedule(OUTSIDER, "2026-12-02T09:00:00Z").status());
        assertEquals(403, f.schedule(COORDINATOR, "2026-12-02T09:00:00Z").status(), "coordinators watch; the pair books");
        assertEquals(403, f.patch(COORDINATOR, id, Map.of("status", "cancelled")).status());
        assertEquals(404, f.api.call(MENTOR, "GET /relationships/{relationshipId}/meetings", Map.of("relationshipId", "rel_nothere"), null).status());
    }

    @Test
    void badMeetingsAreRefusedWithAReason() {
        Response past = f.schedule(MENTOR, "2026-11-23T09:59:00Z");
        assertEquals(400, past.status());
        assertEquals(List.of("start"), past.errorFields());
        Response bad = f.api.call(MENTOR, "POST /relationships/{relationshipId}/meetings", Map.of("relationshipId", f.pair.id()),
                Map.of("start", "tomorrow", "durationMinutes", 5, "videoLink", "meet.example.com/x", "colour", "red"));
        assertEquals(List.of("colour", "start", "durationMinutes", "videoLink"), bad.errorFields());

        assertEquals(201, f.schedule(MENTOR, "2026-12-01T09:00:00Z", "durationMinutes", 60).status());
        Response overlap = f.schedule(MENTEE, "2026-12-01T09:30:00Z");
        assertEquals(409, overlap.status());
        assertEquals("meeting-overlap", overlap.body().get("code").asText());
        assertEquals(201, f.schedule(MENTEE, "2026-12-01T10:00:00Z").status(), "back to back is fine");

        f.api.end(f.pair);
        Response ended = f.schedule(MENTOR, "2026-12-10T09:00:00Z");
        assertEquals(409, ended.status());
        assertEquals("relationship-ended", ended.body().get("code").asText());
    }

    @Test
    void simultaneousBookingsOfTheSameSlotLeaveExactlyOneMeeting() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int minute = i;
            calls.add(() -> f.schedule(minute % 2 == 0 ? MENTOR : MENTEE, "2026-12-01T09:0" + minute + ":00Z").status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : pool.invokeAll(calls)) {
            statuses.add(r.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(1, f.api.call(MENTOR, "GET /relationships/{relationshipId}/meetings", Map.of("relationshipId", f.pair.id()), null)
                .body().get("items").size());
    }

    @Test
    void rescheduleCancelAndTheFreedSlot() {
        String id = f.schedule(MENTOR, "2026-12-01T09:00:00Z").body().get("id").asText();
        String other = f.schedule(MENTOR, "2026-12-08T09:00:00Z").body().get("id").asText();
        Response moved = f.patch(MENTEE, id, Map.of("start", "2026-12-02T15:00:00Z", "place", "Café Central"));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("2026-12-02T15:00:00Z", moved.body().get("start").asText());
        assertEquals(1, moved.body().get("sequence").asInt());
        assertEquals("Café Central", moved.body().get("place").asText());
        assertEquals(409, f.patch(MENTEE, id, Map.of("start", "2026-12-08T09:30:00Z")).status(), "onto the other meeting");
        assertEquals(400, f.patch(MENTEE, id, Map.of("start", "2026-11-01T09:00:00Z")).status(), "into the past");

        Response cancelled = f.patch(MENTOR, other, Map.of("status", "cancelled"));
        assertEquals("cancelled", cancelled.body().get("status").asText());
        assertEquals(201, f.schedule(MENTOR, "2026-12-08T09:30:00Z").status(), "a cancelled meeting frees its time");
        Response again = f.patch(MENTOR, other, Map.of("start", "2026-12-20T09:00:00Z"));
        assertEquals(409, again.status());
        assertEquals("meeting-cancelled", again.body().get("code").asText());
        assertEquals(400, f.patch(MENTOR, other, Map.of()).status());
        assertEquals(List.of("status"), f.patch(MENTOR, other, Map.of("status", "scheduled")).errorFields());
    }

    @Test
    void aHeldMeetingsNotesAndActionItemsCarryOverUntilDone() {
        String first = f.schedule(MENTOR, "2026-11-24T09:00:00Z").body().get("id").asText();
        Response early = f.patch(MENTEE, first, Map.of("status", "held"));
        assertEquals(409, early.status());
        assertEquals("meeting-not-started", early.body().get("code").asText());
        assertEquals("meeting-not-held", f.patch(MENTEE, first, Map.of("sharedNotes", "x")).body().get("code").asText());

        f.api.clock.advance(Duration.ofDays(1));
        Response held = f.patch(MENTEE, first, Map.of("status", "held", "sharedNotes", "Agreed two goals.", "privateNote", "Nervous about the pitch.",
                "actionItems", List.of(Map.of("text", "Draft the project pitch", "ownerId", MENTEE.userId()), Map.of("text", "Book a room"))));
        assertEquals(200, held.status(), held.toString());
        assertEquals(2, held.body().get("actionItems").size());
        assertEquals(List.of("actionItems[0].ownerId"),
                f.patch(MENTEE, first, Map.of("actionItems", List.of(Map.of("text", "x", "ownerId", OUTSIDER.userId())))).errorFields());
        f.patch(MENTOR, first, Map.of("privateNote", "Ben is ready to lead."));

        JsonNode byMentor = f.get(MENTOR, "GET /meetings/{meetingId}", first).body();
        JsonNode byMentee = f.get(MENTEE, "GET /meetings/{meetingId}", first).body();
        JsonNode byCoordinator = f.get(COORDINATOR, "GET /meetings/{meetingId}", first).body();
        assertEquals("Agreed two goals.", byMentor.get("sharedNotes").asText());
        assertEquals("Ben is ready to lead.", byMentor.get("privateNote").asText());
        assertEquals("Nervous about the pitch.", byMentee.get("privateNote").asText());
        assertFalse(byCoordinator.has("sharedNotes") || byCoordinator.has("privateNote") || byCoordinator.has("actionItems"));

        String second = f.schedule(MENTOR, "2026-12-01T09:00:00Z").body().get("id").asText();
        JsonNode agenda = f.agenda(MENTOR, second, "en").body();
        assertEquals("goal-setting", agenda.get("sessionKey").asText(), "the kick-off session was covered");
        String items = agenda.get("items").toString();
        assertTrue(items.contains("Draft the project pitch (Ben Okafor)") && items.contains("Book a room"), items);

        String done = held.body().get("actionItems").get(0).get("id").asText();
        assertEquals(200, f.patch(MENTEE, first, Map.of("completedActionItems", List.of(done))).status());
        assertEquals(List.of("completedActionItems[0]"), f.patch(MENTEE, first, Map.of("completedActionItems", List.of("act_nope"))).errorFields());
        Response regenerated = f.api.call(MENTOR, "POST /meetings/{meetingId}/agenda/regenerate", Map.of("meetingId", second),
                Map.of("language", "en"), null);
        assertEquals(200, regenerated.status(), regenerated.toString());
        String after = regenerated.body().get("items").toString();
        assertFalse(after.contains("Draft the project pitch"), after);
        assertTrue(after.contains("Book a room"), after);
        assertEquals(403, f.api.call(COORDINATOR, "POST /meetings/{meetingId}/agenda/regenerate", Map.of("meetingId", second), null).status());
    }

    @Test
    void eachReaderGetsTheAgendaInTheirLanguage() {
        String id = f.schedule(MENTOR, "2026-12-01T09:00:00Z").body().get("id").asText();
        assertEquals("es", f.agenda(MENTOR, id, null).body().get("language").asText());
        assertEquals("fr", f.agenda(MENTEE, id, null).body().get("language").asText());
        assertEquals("Faire connaissance et fixer les attentes", f.agenda(MENTEE, id, null).body().get("title").asText());
        assertEquals("en", f.agenda(COORDINATOR, id, null).body().get("language").asText());
        assertEquals("es", f.agenda(COORDINATOR, id, "es").body().get("language").asText());
        Response unknown = f.agenda(MENTOR, id, "de");
        assertEquals(400, unknown.status());
        assertEquals(List.of("language"), unknown.errorFields());
        assertEquals("[\"en\",\"es\",\"fr\"]", f.agenda(MENTOR, id, null).body().get("availableLanguages").toString());
    }
}
