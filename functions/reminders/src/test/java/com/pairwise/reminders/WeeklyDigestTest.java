package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.reminders.RemindersHarness.Person;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.model.UnmatchedPerson;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.WaitlistStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each Monday, each program's coordinators get one digest of idle relationships and waiting people: once per
 * coordinator, program and week, whatever the rule or the runs do twice, and never to someone who turned it off.
 */
class WeeklyDigestTest {
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    /** Monday 07:00 UTC, four weeks on: 08:00 in Madrid, right after the default quiet hours. */
    private static final Instant MONDAY = Instant.parse("2026-12-21T07:00:00Z");

    private final RemindersHarness h = new RemindersHarness();
    private final String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1", "coord-2");
    private final Relationship idle;

    WeeklyDigestTest() {
        h.register(program, "coord-1", Role.MENTOR, "Carmen", List.of("es"), "Europe/Madrid", List.of("java"));
        h.register(program, "mentor-1", Role.MENTOR, "Ana", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-1", Role.MENTEE, "Ben", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentor-2", Role.MENTOR, "Dora", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-2", Role.MENTEE, "Eli", List.of("en"), "Europe/London", List.of("java"));
        idle = h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-1", List.of("mentee-1"), List.of());
        Relationship busy = h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-2", List.of("mentee-2"), List.of());
        h.relationshipStarted(idle);
        h.relationshipStarted(busy);
        h.meetingScheduled(busy, "mtg_1", Instant.parse("2026-12-10T15:00:00Z"), 0);
        waitlisted("mentee-3", "Fay");
        new WaitlistStore(h.table).put(program, new UnmatchedPerson("mentee-4", "language", "no shared language"),
                START.plus(Duration.ofDays(7)));
    }

    /** Signs up past a mentee cap of 2 (mentee-1 and mentee-2 hold the places), so signup waitlists them. */
    private void waitlisted(String userId, String name) {
        ProgramStore programs = new ProgramStore(h.table);
        Program current = programs.get(program).orElseThrow();
        ProgramSettings s = current.settings();
        programs.update(current, new Program(program, new ProgramSettings(s.name(), s.description(), s.kind(), s.startDate(), s.endDate(),
                s.format(), s.status(), s.mentorRegistration(), s.menteeRegistration(), 2, s.defaultMentorCapacity(),
                s.requiredProfileFields(), s.languages(), s.seniorityLevels(), s.coordinators(), s.matching(), s.reminders()),
                current.createdAt(), START, current.version()));
        Profile profile = new Profile(name, userId + "@example.com", List.of("en"), "Europe/London", "ES", null, null, null, List.of(),
                List.of("java"), null, List.of(), null);
        Registration stored = new RegistrationStore(h.table).register(new Registration(program, userId, Role.MENTEE,
                RegistrationStatus.REGISTERED, profile, START, START, 1), programs.get(program).orElseThrow());
        assertEquals(RegistrationStatus.WAITLISTED, stored.status());
    }

    private List<String> digestMails() {
        return h.mails().stream().filter(m -> m.contains("X-Pairwise-Reminder: coord-1/weekly_digest/")).toList();
    }

    @Test
    void coordinatorsGetOneDigestOfIdlePairsAndWaitingPeopleInTheirLanguage() {
        h.clock.set(MONDAY);
        h.deliver("weekly-digest.json", Map.of());
        h.deliver("weekly-digest.json", Map.of());
        h.tick();

        List<String> mails = digestMails();
        assertEquals(1, mails.size(), "one digest although the rule fired twice");
        assertTrue(mails.get(0).contains("X-Pairwise-Reminder: coord-1/weekly_digest/" + program + "/2026-W52"));
        String text = text(mails.get(0));
        assertTrue(text.contains("Ana, Ben: última actividad"), text);
        assertFalse(text.contains("Dora"), "met on 10 December: not idle for 21 days: " + text);
        assertTrue(text.contains("Fay: en lista de espera desde hace 27 días"), text);
        assertTrue(text.contains("mentee-4: sin pareja tras el último emparejamiento, espera desde hace 20 días"), text);

        JsonNode feed = h.call(Person.user("coord-2"), "GET /me/notifications", Map.of(), null).body().path("items");
        assertEquals(0, feed.size(), "07:00 UTC is within coord-2's quiet hours (UTC, no profile): held");
        h.clock.set(MONDAY.plus(Duration.ofHours(1)));
        h.tick();
        feed = h.call(Person.user("coord-2"), "GET /me/notifications", Map.of(), null).body().path("items");
        assertEquals(1, feed.size(), "a coordinator with no profile anywhere gets the feed entry, after quiet hours");
        assertEquals("weekly_digest", feed.get(0).path("kind").asText());
        assertTrue(feed.get(0).path("text").asText().contains("Fay: on the waiting list for 27 days"));

        h.clock.set(MONDAY.plus(Duration.ofHours(3)));
        h.deliver("weekly-digest.json", Map.of());
        assertEquals(1, digestMails().size(), "a late rerun in the same week sends nothing");
        h.clock.set(MONDAY.plus(Duration.ofDays(7)));
        h.deliver("weekly-digest.json", Map.of());
        assertEquals(2, digestMails().size(), "next week, the next digest");
    }

    @Test
    void overlappingRunsSendOneDigest() throws Exception {
        h.clock.set(MONDAY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return h.deliver("weekly-digest.json", Map.of());
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        assertEquals(1, digestMails().size());
    }

    @Test
    void aCoordinatorWhoTurnedTheDigestOffGetsNoneAndAnEndedPairIsNotListed() {
        assertEquals(200, h.call(Person.user("coord-1"), "PATCH /me/preferences", Map.of(),
                Map.of("kinds", Map.of("weekly_digest", false))).status());
        h.end(idle);
        h.deliver("relationship-ended.json", Map.of("RELATIONSHIP_ID", idle.id(), "PROGRAM_ID", program));
        h.clock.set(MONDAY);
        h.deliver("weekly-digest.json", Map.of());
        h.clock.set(MONDAY.plus(Duration.ofHours(1)));
        h.tick();
        assertEquals(List.of(), digestMails());
        JsonNode feed = h.call(Person.user("coord-2"), "GET /me/notifications", Map.of(), null).body().path("items");
        assertEquals(1, feed.size());
        assertFalse(feed.get(0).path("text").asText().contains("Ana"), "ended: no longer idle");
    }

    private static String text(String eml) {
        Matcher m = Pattern.compile("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--").matcher(eml);
        assertTrue(m.find(), eml);
        return new String(Base64.getMimeDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }
}
