package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.ReminderTimings;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders fall due when the program says (lead times, inactivity), and follow a change of those settings. */
class ProgramTimingsTest {
    private static final Instant MEETING = Instant.parse("2026-11-25T16:00:00Z");

    private final RemindersHarness h = new RemindersHarness();
    private final String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
    private final Relationship pair;

    ProgramTimingsTest() {
        h.register(program, "mentor-1", Role.MENTOR, "Ana", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-1", Role.MENTEE, "Ben", List.of("es"), "Europe/Madrid", List.of("java"));
        pair = h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-1", List.of("mentee-1"), List.of());
    }

    private void at(Instant when) {
        h.clock.set(when);
        h.tick();
    }

    @Test
    void theProgramsLeadTimesAndInactivityPeriodReplaceTheDefaults() {
        h.timings(program, new ReminderTimings(List.of(Duration.ofHours(2)), 7, List.of(1)));
        h.relationshipStarted(pair);
        h.meetingScheduled(pair, "mtg_1", MEETING, 0);

        at(MEETING.minus(Duration.ofHours(24)).plusSeconds(60));
        assertEquals(List.of(), h.mailedKeys(), "no 24 h reminder: the program has only a 2 h lead");
        at(MEETING.minus(Duration.ofHours(2)).plusSeconds(60));
        assertEquals(List.of("mentee-1/meeting/mtg_1/2h", "mentor-1/meeting/mtg_1/2h"), h.mailedKeys().stream().sorted().toList());

        at(MEETING.plus(Duration.ofDays(7)).minusSeconds(60));
        assertEquals(2, h.mailedKeys().size(), "not yet: seven days after the meeting");
        at(MEETING.plus(Duration.ofDays(7)).plusSeconds(60));
        assertEquals(List.of("mentee-1/inactivity/" + pair.id(), "mentor-1/inactivity/" + pair.id()),
                h.mailedKeys().subList(2, 4).stream().sorted().toList(), "nudged after the program's 7 days, not 21");
    }

    @Test
    void aMovedMeetingDropsRemindersAtLeadTimesTheProgramNoLongerUses() {
        h.meetingScheduled(pair, "mtg_1", MEETING, 0);
        h.timings(program, new ReminderTimings(List.of(Duration.ofMinutes(30)), 21, List.of(3, 6)));
        h.meetingScheduled(pair, "mtg_1", MEETING.plus(Duration.ofHours(1)), 1);

        at(MEETING.minus(Duration.ofHours(23)));
        at(MEETING.plus(Duration.ofMinutes(1)));
        assertEquals(List.of(), h.mailedKeys(), "the 24 h and 1 h reminders of the old booking are withdrawn");
        at(MEETING.plus(Duration.ofMinutes(31)));
        assertEquals(List.of("mentee-1/meeting/mtg_1/30m", "mentor-1/meeting/mtg_1/30m"), h.mailedKeys().stream().sorted().toList());
    }

    @Test
    void aCancelledMeetingLosesItsRemindersEvenAfterTheLeadTimesChanged() {
        h.meetingScheduled(pair, "mtg_1", MEETING, 0);
        h.timings(program, new ReminderTimings(List.of(Duration.ofMinutes(30)), 21, List.of(3, 6)));
        h.meetingCancelled(pair, "mtg_1", 1);

        for (Duration before : List.of(Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(30))) {
            at(MEETING.minus(before).plusSeconds(60));
        }
        assertEquals(List.of(), h.mailedKeys());
    }
}
