package com.pairwise.reminders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours of the recipient's own day when nothing is sent, e.g. 21:00 to 08:00. Start after end wraps midnight;
 * start equal to end means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    public boolean isQuiet(LocalTime t) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** When a message held at {@code now} may go out in {@code zone}: empty when it may go now. */
    public Optional<Instant> heldUntil(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!isQuiet(local.toLocalTime())) {
            return Optional.empty();
        }
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(end)) {
            day = day.plusDays(1);
        }
        // atZone moves a time that falls into a DST gap forward, so the result is always a real instant.
        return Optional.of(day.atTime(end).atZone(zone).toInstant());
    }
}
