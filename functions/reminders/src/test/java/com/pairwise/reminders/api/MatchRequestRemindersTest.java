package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.reminders.RemindersHarness;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestOrigin;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.MatchRequestStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mentor with an unanswered request is nudged twice, then the mentee hears it expired; an answer stops them. */
class MatchRequestRemindersTest {
    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant EXPIRES = CREATED.plus(Duration.ofDays(7));
    private final RemindersHarness h = new RemindersHarness();

    private MatchRequest request() {
        String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
        h.register(program, "mentor-1", Role.MENTOR, "Maya", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-1", Role.MENTEE, "Tomás", List.of("es"), "Europe/Madrid", List.of("java"));
        MatchRequest r = new MatchRequest("mrq_1", program, "mentee-1", "mentor-1", MatchRequestOrigin.MENTEE, MatchRequestStatus.PENDING,
                80, List.of("java"), null, CREATED, EXPIRES, null, null);
        new MatchRequestStore(h.table).create(r, CREATED);
        h.deliver("match-requested.json", Map.of("REQUEST_ID", r.id(), "PROGRAM_ID", program, "demo-mentee-1", "mentee-1",
                "demo-mentor-1", "mentor-1"));
        return r;
    }

    @Test
    void twoNudgesToTheMentorThenTheExpiryToTheMentee() {
        request();
        h.deliver("match-requested.json", Map.of("REQUEST_ID", "mrq_1", "demo-mentee-1", "mentee-1", "demo-mentor-1", "mentor-1",
                "PROGRAM_ID", "ignored-duplicate"));
        for (int day = 1; day <= 8; day++) {
            h.clock.set(CREATED.plus(Duration.ofDays(day)));
            h.tick();
        }
        assertEquals(List.of("mentor-1/match_request/mrq_1/1", "mentor-1/match_request/mrq_1/2", "mentee-1/match_request_expired/mrq_1"),
                h.mailedKeys());
    }

    @Test
    void anAnsweredRequestStopsTheNudgesAndTheExpiryNotice() {
        MatchRequest r = request();
        h.clock.set(CREATED.plus(Duration.ofDays(3)));
        h.tick();
        new MatchRequestStore(h.table).decline(r, h.clock.instant());
        for (int day = 4; day <= 8; day++) {
            h.clock.set(CREATED.plus(Duration.ofDays(day)));
            h.tick();
        }
        assertEquals(List.of("mentor-1/match_request/mrq_1/1"), h.mailedKeys());
    }
}
