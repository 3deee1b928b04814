package com.pairwise.agenda.ics;

import com.pairwise.agenda.domain.Agenda;
import com.pairwise.agenda.domain.AgendaItem;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.domain.MeetingStatus;
import com.pairwise.agenda.domain.Participant;
import com.pairwise.agenda.domain.Phrases;
import com.pairwise.agenda.template.Resource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a meeting as an iCalendar (RFC 5545) invite carrying its agenda. The start and end are given in the reader's
 * time zone (with its VTIMEZONE) so calendars show the local time; the description lists the time in every
 * participant's zone.
 */
public final class InviteWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private InviteWriter() {
    }

    /**
     * @param zone    the reader's time zone
     * @param product text for PRODID's product part and UID's domain, e.g. {@code pairwise}
     */
    public static String write(Meeting meeting, Agenda agenda, List<Participant> participants, ZoneId zone, Phrases phrases, String product) {
        boolean utc = zone.normalized().equals(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        out.append(IcsText.line("BEGIN:VCALENDAR"));
        out.append(IcsText.line("VERSION:2.0"));
        out.append(IcsText.line("PRODID:-//" + product + "//Agenda//EN"));
        out.append(IcsText.line("CALSCALE:GREGORIAN"));
        out.append(IcsText.line("METHOD:PUBLISH"));
        if (!utc) {
            out.append(TimeZoneBlock.write(zone, meeting.start()));
        }
        out.append(IcsText.line("BEGIN:VEVENT"));
        out.append(IcsText.line("UID:" + meeting.id() + "@" + product));
        out.append(IcsText.line("DTSTAMP:" + UTC.format(meeting.updatedAt())));
        out.append(IcsText.line(time("DTSTART", meeting.start(), zone, utc)));
        out.append(IcsText.line(time("DTEND", meeting.end(), zone, utc)));
        out.append(IcsText.line("SUMMARY:" + IcsText.escape(agenda.title())));
        out.append(IcsText.line("DESCRIPTION:" + IcsText.escape(description(meeting, agenda, participants, phrases))));
        String location = meeting.place() != null ? meeting.place() : meeting.videoLink();
        if (location != null) {
            out.append(IcsText.line("LOCATION:" + IcsText.escape(location)));
        }
        if (meeting.videoLink() != null) {
            out.append(IcsText.line("URL:" + meeting.videoLink()));
        }
        out.append(IcsText.line("STATUS:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED")));
        out.append(IcsText.line("SEQUENCE:" + meeting.sequence()));
        out.append(IcsText.line("END:VEVENT"));
        out.append(IcsText.line("END:VCALENDAR"));
        return out.toString();
    }

    private static String time(String name, java.time.Instant instant, ZoneId zone, boolean utc) {
        return utc ? name + ":" + UTC.format(instant)
                : name + ";TZID=" + zone.getId() + ":" + TimeZoneBlock.LOCAL.format(instant.atZone(zone).toLocalDateTime());
    }

    static String description(Meeting meeting, Agenda agenda, List<Participant> participants, Phrases phrases) {
        Locale locale = Locale.forLanguageTag(agenda.language());
        DateTimeFormatter local = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", locale);
        StringBuilder d = new StringBuilder();
        d.append(agenda.purpose()).append("\n\n");
        d.append(phrases.get("ics.when")).append(":\n");
        Set<ZoneId> zones = new LinkedHashSet<>();
        participants.forEach(p -> zones.add(p.zone()));
        for (ZoneId z : zones) {
            d.append("- ").append(local.format(meeting.start().atZone(z))).append(" (").append(z.getId()).append(")\n");
        }
        d.append('\n');
        agenda.notes().forEach(n -> d.append(n).append('\n'));
        d.append('\n').append(phrases.get("ics.agenda")).append(":\n");
        for (AgendaItem item : agenda.items()) {
            d.append("- ").append(item.title()).append(" (")
                    .append(phrases.get("ics.minutes", Map.of("minutes", Integer.toString(item.minutes())))).append(")\n");
            item.points().forEach(p -> d.append("  * ").append(p).append('\n'));
        }
        preparation(d, phrases, "ics.mentorPreparation", names(participants, true), agenda.mentorPreparation());
        preparation(d, phrases, "ics.menteePreparation", names(participants, false), agenda.menteePreparation());
        if (!agenda.resources().isEmpty()) {
            d.append('\n').append(phrases.get("ics.resources")).append(":\n");
            for (Resource r : agenda.resources()) {
                d.append("- ").append(r.title()).append(": ").append(r.url()).append('\n');
            }
        }
        return d.toString().strip();
    }

    private static void preparation(StringBuilder d, Phrases phrases, String key, String names, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        d.append('\n').append(phrases.get(key, Map.of("name", names))).append(":\n");
        items.forEach(i -> d.append("- ").append(i).append('\n'));
    }

    private static String names(List<Participant> participants, boolean lead) {
        List<Participant> chosen = participants.isEmpty() ? List.of()
                : lead ? participants.subList(0, 1) : participants.subList(1, participants.size());
        return String.join(", ", chosen.stream().map(Participant::name).toList());
    }
}
