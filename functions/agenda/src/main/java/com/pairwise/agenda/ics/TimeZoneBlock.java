package com.pairwise.agenda.ics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE for a zone, from the JDK's rules: a base observance, then every offset change within a year either side
 * of the event, which is all a calendar needs to place the event and its neighbours correctly.
 */
final class TimeZoneBlock {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Duration WINDOW = Duration.ofDays(366);

    private TimeZoneBlock() {
    }

    static String write(ZoneId zone, Instant around) {
        ZoneRules rules = zone.getRules();
        Instant from = around.minus(WINDOW);
        StringBuilder out = new StringBuilder();
        out.append(IcsText.line("BEGIN:VTIMEZONE"));
        out.append(IcsText.line("TZID:" + zone.getId()));
        ZoneOffset base = rules.getOffset(from);
        observance(out, rules.isDaylightSavings(from), LocalDateTime.of(1970, 1, 1, 0, 0), base, base);
        ZoneOffsetTransition t = rules.nextTransition(from);
        Instant until = around.plus(WINDOW);
        while (t != null && t.getInstant().isBefore(until)) {
            observance(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
            t = rules.nextTransition(t.getInstant());
        }
        out.append(IcsText.line("END:VTIMEZONE"));
        return out.toString();
    }

    private static void observance(StringBuilder out, boolean daylight, LocalDateTime onset, ZoneOffset before, ZoneOffset after) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        out.append(IcsText.line("BEGIN:" + kind));
        out.append(IcsText.line("DTSTART:" + LOCAL.format(onset)));
        out.append(IcsText.line("TZOFFSETFROM:" + offset(before)));
        out.append(IcsText.line("TZOFFSETTO:" + offset(after)));
        out.append(IcsText.line("END:" + kind));
    }

    /** UTC offsets as RFC 5545 writes them: +hhmm, or +hhmmss when seconds are present. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }
}
