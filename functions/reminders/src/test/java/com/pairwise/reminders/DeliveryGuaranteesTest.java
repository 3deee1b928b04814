package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.reminders.domain.MailRefusedException;
import com.pairwise.reminders.domain.RunReport;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Exactly one mail per (recipient, subject, kind), whatever EventBridge or Lambda does twice, against DynamoDB Local. */
class DeliveryGuaranteesTest {
    private static final Instant MEETING = Instant.parse("2026-11-25T16:00:00Z");
    private static final Instant DAY_BEFORE = MEETING.minus(Duration.ofHours(24));

    private final RemindersHarness h = new RemindersHarness();

    /** A program with {@code pairs} mentor/mentee pairs in London and Madrid, each with a relationship. */
    private List<Relationship> pairs(int pairs) {
        String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
        List<Relationship> out = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            h.register(program, "mentor-" + i, Role.MENTOR, "Mentor " + i, List.of("en"), "Europe/London", List.of("java"));
            h.register(program, "mentee-" + i, Role.MENTEE, "Mentee " + i, List.of("es"), "Europe/Madrid", List.of("java"));
            out.add(h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-" + i, List.of("mentee-" + i), List.of()));
        }
        return out;
    }

    @Test
    void aMeetingGetsOneReminderPerPersonAndLeadEvenWhenEventAndRunAreDeliveredTwice() {
        Relationship r = pairs(1).get(0);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);

        h.clock.set(DAY_BEFORE.plusSeconds(60));
        h.tick();
        h.tick();
        assertEquals(2, h.mails().size(), "24 h reminder to mentor and mentee, once each");

        h.clock.set(MEETING.minus(Duration.ofMinutes(59)));
        h.tick();
        h.tick();
        List<String> keys = h.mailedKeys();
        assertEquals(4, keys.size());
        assertEquals(4, new HashSet<>(keys).size(), "no key twice: " + keys);
        assertTrue(keys.contains("mentee-0/meeting/mtg_1/1h"));
    }

    @Test
    void overlappingRunsOnFourThreadsSendEachReminderOnce() throws Exception {
        List<Relationship> rs = pairs(15);
        for (int i = 0; i < rs.size(); i++) {
            h.meetingScheduled(rs.get(i), "mtg_" + i, MEETING, 0);
        }
        h.clock.set(DAY_BEFORE.plusSeconds(60));
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RunReport>> reports = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            reports.add(pool.submit(() -> {
                start.await();
                return h.handler.runDue();
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<RunReport> f : reports) {
            sent += f.get().sent();
        }
        pool.shutdown();
        List<String> keys = h.mailedKeys();
        assertEquals(30, keys.size(), "15 pairs, 2 people, one 24 h reminder each");
        assertEquals(30, new HashSet<>(keys).size());
        assertEquals(30, sent, "the runs' reports agree with the outbox");
    }

    /** Stands for the process dying (Lambda timeout, out of memory): not an exception the run may catch. */
    static final class Crash extends Error {
        Crash() {
            super("the process died");
        }
    }

    @Test
    void aRunThatDiesMidwayIsCompletedByALaterRunWithoutLossOrDuplicate() {
        List<Relationship> rs = pairs(3);
        for (int i = 0; i < rs.size(); i++) {
            h.meetingScheduled(rs.get(i), "mtg_" + i, MEETING, 0);
        }
        h.clock.set(DAY_BEFORE.plusSeconds(60));
        AtomicInteger mailsTried = new AtomicInteger();
        h.mail = m -> {
            if (mailsTried.incrementAndGet() == 3) {
                throw new Crash();
            }
            h.outbox.send(m);
        };
        assertThrows(Crash.class, h.handler::runDue);
        assertEquals(2, h.mails().size(), "two went out before it died");

        h.mail = h.outbox;
        h.tick();
        assertEquals(5, h.mails().size(), "the next run sends the ones never claimed, not the dead run's claim");

        h.clock.advance(Duration.ofMinutes(6));
        h.tick();
        List<String> keys = h.mailedKeys();
        assertEquals(6, keys.size(), "after the claim lease the dead run's reminder is completed");
        assertEquals(6, new HashSet<>(keys).size());
        h.clock.advance(Duration.ofMinutes(30));
        h.tick();
        assertEquals(6, h.mails().size());
    }

    @Test
    void aRefusedMailIsRetriedWithBackoffThenParkedInTheDeadLetterQueue() {
        Relationship r = pairs(1).get(0);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(DAY_BEFORE.plusSeconds(60));
        h.mail = m -> {
            throw new MailRefusedException("MessageRejected: Email address is not verified", null);
        };
        RunReport first = h.handler.runDue();
        assertEquals(2, first.retried());
        assertEquals(0, h.handler.runDue().found(), "not due again before the backoff");

        int parked = 0;
        for (int attempt = 2; attempt <= 5; attempt++) {
            h.clock.advance(Duration.ofMinutes(5L << (attempt - 2)));
            RunReport run = h.handler.runDue();
            assertEquals(2, run.found(), "attempt " + attempt);
            parked += run.deadLettered();
        }
        assertEquals(2, parked);
        assertEquals(2, h.deadLetters());
        h.clock.advance(Duration.ofHours(2));
        assertEquals(0, h.handler.runDue().found(), "a parked reminder is never tried again");
        assertTrue(h.log.toString().contains("mail-refused"), "every refusal is recorded");
    }

    @Test
    void aMailRefusedOnceGoesOutOnceOnTheRetry() {
        Relationship r = pairs(1).get(0);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(DAY_BEFORE.plusSeconds(60));
        AtomicInteger calls = new AtomicInteger();
        h.mail = m -> {
            if (calls.incrementAndGet() == 1) {
                throw new MailRefusedException("TooManyRequestsException", null);
            }
            h.outbox.send(m);
        };
        h.tick();
        assertEquals(1, h.mails().size());
        h.clock.advance(Duration.ofMinutes(5));
        h.tick();
        h.tick();
        assertEquals(2, h.mails().size());
        assertEquals(2, new HashSet<>(h.mailedKeys()).size());
        // The feed entry was written on the first attempt; the retry, due later, does not write a second one.
        for (String person : List.of(r.mentorId(), r.menteeIds().get(0))) {
            assertEquals(1, h.call(RemindersHarness.Person.user(person), "GET /me/notifications", Map.of(), null)
                    .body().path("items").size(), person);
        }
    }

    @Test
    void aCancelledMeetingSendsNothingEvenIfItsScheduledEventArrivesAgainLater() {
        Relationship r = pairs(1).get(0);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.meetingCancelled(r, "mtg_1", 1);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(DAY_BEFORE.plusSeconds(60));
        h.tick();
        assertEquals(0, h.mails().size());
    }

    @Test
    void aMovedMeetingIsRemindedAtItsNewTime() {
        Relationship r = pairs(1).get(0);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.meetingScheduled(r, "mtg_1", MEETING.plus(Duration.ofDays(2)), 1);
        h.clock.set(DAY_BEFORE.plusSeconds(60));
        h.tick();
        assertEquals(0, h.mails().size(), "not at the old time");
        h.clock.set(DAY_BEFORE.plus(Duration.ofDays(2)).plusSeconds(60));
        h.tick();
        assertEquals(2, h.mails().size());
    }
}
