package com.pairwise.agenda.api;

import static com.pairwise.agenda.api.PairFixture.COORDINATOR;
import static com.pairwise.agenda.api.PairFixture.MENTEE;
import static com.pairwise.agenda.api.PairFixture.MENTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.AgendaHarness.Response;
import java.io.StringReader;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class InviteApiTest {
    private final PairFixture f = new PairFixture();

    private VEvent event(Response r) throws Exception {
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/calendar"), r.contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(r.text()));
        calendar.validate();
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    @Test
    void eachPersonDownloadsTheInviteInTheirZoneAndLanguage() throws Exception {
        String id = f.schedule(MENTOR, "2026-12-01T09:00:00Z", "videoLink", "https://meet.example.com/x").body().get("id").asText();
        Response forMentor = f.get(MENTOR, "GET /meetings/{meetingId}/invite.ics", id);
        assertTrue(forMentor.headers().path("content-disposition").asText().contains("meeting-" + id + ".ics"));
        VEvent mentor = event(forMentor);
        assertEquals("Europe/Madrid", mentor.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals("20261201T100000", mentor.getDateTimeStart().getValue());
        assertEquals("Conocernos y acordar expectativas", mentor.getProperty("SUMMARY").orElseThrow().getValue());

        VEvent mentee = event(f.get(MENTEE, "GET /meetings/{meetingId}/invite.ics", id));
        assertEquals("America/New_York", mentee.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals("20261201T040000", mentee.getDateTimeStart().getValue());
        assertEquals("Faire connaissance et fixer les attentes", mentee.getProperty("SUMMARY").orElseThrow().getValue());

        VEvent coordinator = event(f.get(COORDINATOR, "GET /meetings/{meetingId}/invite.ics", id));
        assertEquals("20261201T090000Z", coordinator.getDateTimeStart().getValue(), "no profile: UTC");

        f.patch(MENTOR, id, Map.of("start", "2026-12-01T11:00:00Z"));
        VEvent moved = event(f.get(MENTOR, "GET /meetings/{meetingId}/invite.ics", id));
        assertEquals("1", moved.getProperty("SEQUENCE").orElseThrow().getValue(), "calendars replace the old time");
        assertEquals(mentor.getProperty("UID").orElseThrow().getValue(), moved.getProperty("UID").orElseThrow().getValue());
    }
}
