package com.pairwise.agenda.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.domain.Agenda;
import com.pairwise.agenda.domain.AgendaFixture;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.domain.MeetingStatus;
import com.pairwise.agenda.domain.Participant;
import com.pairwise.agenda.domain.TemplateAgendaSource;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The invite is parsed by ical4j, a real RFC 5545 parser, and must say the same thing the meeting does. */
class InviteWriterTest {
    private static final List<Participant> PAIR = List.of(AgendaFixture.mentor(), AgendaFixture.mentee("public speaking"));

    private static Meeting meeting(Instant start, MeetingStatus status, String videoLink, String place) {
        return new Meeting("mtg_abc", "rel_1", "prg_1", start, 45, videoLink, place, status, "goal-setting", null, Map.of(),
                List.of(), 2, "u-mentor", Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-21T08:00:00Z"), 3);
    }

    private static String invite(Meeting meeting, String zone, String language) {
        Agenda agenda = new TemplateAgendaSource(AgendaFixture.CONTENT).generate(AgendaFixture.request(1, 2), language);
        return InviteWriter.write(meeting, agenda, PAIR, ZoneId.of(zone), AgendaFixture.CONTENT.phrasesIn(language), "pairwise");
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-01T09:00:00Z, Europe/Madrid",      // winter, CET
            "2027-03-28T00:30:00Z, Europe/Madrid",      // half an hour before the spring change
            "2027-03-28T01:30:00Z, Europe/Madrid",      // half an hour after it
            "2027-07-01T16:00:00Z, America/New_York",   // summer, EDT
            "2027-11-07T06:30:00Z, America/New_York",   // just after the autumn change
            "2027-01-10T03:15:00Z, Asia/Kolkata",       // half-hour offset, no DST
            "2027-04-04T15:00:00Z, Australia/Sydney"    // southern hemisphere, the day DST ends
    })
    void theInviteStartsAtTheMeetingsInstantInTheReadersZone(String start, String zone) throws Exception {
        Instant instant = Instant.parse(start);
        Calendar calendar = parse(invite(meeting(instant, MeetingStatus.SCHEDULED, "https://meet.example.com/abc", null), zone, "en"));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        DtStart<Temporal> dtStart = event.getDateTimeStart();
        assertEquals(zone, dtStart.getParameter("TZID").orElseThrow().getValue());
        // The VTIMEZONE we wrote, read by ical4j, gives the JDK's offsets a day either side and months before. (ical4j's
        // getOffset(long) reads instants within an hour of a change as local times, so the change hour itself is not probed.)
        VTimeZone vtz = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        TimeZone tz = new TimeZone(vtz);
        for (Instant at : List.of(instant.plusSeconds(86400), instant.minusSeconds(86400), instant.minusSeconds(86400 * 100))) {
            assertEquals(ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() * 1000, tz.getOffset(at.toEpochMilli()), "offset at " + at);
        }
        String local = dtStart.getValue();
        assertEquals(instant.atZone(ZoneId.of(zone)).toLocalDateTime(), java.time.LocalDateTime.parse(local,
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        assertEquals(instant.plusSeconds(45 * 60), java.time.LocalDateTime.parse(event.getEndDate().orElseThrow().getValue(),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).atZone(ZoneId.of(zone)).toInstant());
    }

    @Test
    void aUtcReaderGetsUtcTimesWithoutATimeZoneBlock() throws Exception {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        Calendar calendar = parse(invite(meeting(start, MeetingStatus.SCHEDULED, null, "Room 4.01"), "UTC", "en"));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals("20261201T090000Z", event.getDateTimeStart().getValue());
        assertTrue(calendar.getComponent("VTIMEZONE").isEmpty());
        assertEquals("Room 4.01", event.getProperty("LOCATION").orElseThrow().getValue());
    }

    @Test
    void theAgendaTravelsInTheDescriptionWithEveryParticipantsLocalTime() throws Exception {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        Calendar calendar = parse(invite(meeting(start, MeetingStatus.SCHEDULED, "https://meet.example.com/abc", null), "Europe/Madrid", "es"));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        String description = event.getProperty("DESCRIPTION").orElseThrow().getValue();
        assertTrue(description.contains("Puesta al día"), description);
        assertTrue(description.contains("10:00 (Europe/Madrid)"), description);
        assertTrue(description.contains("04:00 (America/New_York)"), description);
        assertTrue(description.contains("Preparación para Ben Okafor:"), description);
        assertEquals("mtg_abc@pairwise", event.getProperty("UID").orElseThrow().getValue());
        assertEquals("2", event.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("https://meet.example.com/abc", event.getProperty("URL").orElseThrow().getValue());
        assertEquals("CONFIRMED", event.getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void aCancelledMeetingSaysSo() throws Exception {
        Calendar calendar = parse(invite(meeting(Instant.parse("2026-12-01T09:00:00Z"), MeetingStatus.CANCELLED, null, null), "Europe/Paris", "fr"));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals("CANCELLED", event.getProperty("STATUS").orElseThrow().getValue());
    }

    @Test
    void linesAreCrlfFoldedAtSeventyFiveOctetsAndTextIsEscaped() throws Exception {
        String ics = invite(meeting(Instant.parse("2026-12-01T09:00:00Z"), MeetingStatus.SCHEDULED, null, "Café; 2nd floor, room \\ 3"), "Europe/Paris", "fr");
        assertTrue(ics.endsWith("\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "only CRLF line breaks");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
        }
        VEvent event = (VEvent) parse(ics).getComponent("VEVENT").orElseThrow();
        assertEquals("Café; 2nd floor, room \\ 3", event.getProperty("LOCATION").orElseThrow().getValue());
        assertEquals("+0530", TimeZoneBlock.offset(ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("-0345", TimeZoneBlock.offset(ZoneOffset.ofHoursMinutes(-3, -45)));
    }
}
