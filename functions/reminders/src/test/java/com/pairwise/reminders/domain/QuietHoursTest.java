package com.pairwise.reminders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void lateEveningIsHeldUntilTheNextMorningInTheRecipientsZone() {
        // 13:30 UTC = 22:30 in Tokyo: held until 08:00 Tokyo the next day = 23:00 UTC.
        assertEquals(Optional.of(Instant.parse("2026-11-24T23:00:00Z")),
                QuietHours.DEFAULT.heldUntil(Instant.parse("2026-11-24T13:30:00Z"), TOKYO));
    }

    @Test
    void earlyMorningIsHeldUntilEightTheSameDay() {
        assertEquals(Optional.of(Instant.parse("2026-11-24T07:00:00Z")),
                QuietHours.DEFAULT.heldUntil(Instant.parse("2026-11-24T05:00:00Z"), MADRID));
    }

    @Test
    void daytimeGoesNow() {
        assertTrue(QuietHours.DEFAULT.heldUntil(Instant.parse("2026-11-24T13:30:00Z"), MADRID).isEmpty());
        assertTrue(QuietHours.DEFAULT.heldUntil(Instant.parse("2026-11-24T07:00:00Z"), MADRID).isEmpty(), "08:00 sharp is morning");
        assertTrue(QuietHours.DEFAULT.heldUntil(Instant.parse("2026-11-24T19:59:59Z"), MADRID).isEmpty(), "20:59:59 in Madrid");
    }

    @Test
    void hoursWithinOneDayAndNoQuietHoursAtAll() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertTrue(lunch.isQuiet(LocalTime.of(12, 30)));
        assertTrue(!lunch.isQuiet(LocalTime.of(13, 0)));
        assertTrue(!new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0)).isQuiet(LocalTime.of(9, 0)));
    }

    @Test
    void aMorningInsideADaylightSavingGapStillGivesARealInstant() {
        // 2027-03-28 02:00-03:00 does not exist in Madrid; quiet hours ending at 02:30 end at 03:30 local.
        QuietHours q = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
        assertEquals(Optional.of(Instant.parse("2027-03-28T01:30:00Z")), q.heldUntil(Instant.parse("2027-03-27T23:30:00Z"), MADRID));
    }
}
