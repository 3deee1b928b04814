package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program's optional {@code reminders} object: defaults, a coordinator's partial update, every bad field named. */
class ProgramReminderTimingsTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin");
    private final Person coordinator = Person.user("coord-1");

    @Test
    void absentTimingsAreTheDefaultsAndACoordinatorChangesOnlyWhatTheySend() {
        Response created = api.call(admin, "POST /programs", Map.of(), program());
        assertEquals(201, created.status(), created.toString());
        JsonNode r = created.body().get("reminders");
        assertEquals(List.of("PT24H", "PT1H"), texts(r.get("meetingLeadTimes")));
        assertEquals(21, r.get("inactivityDays").asInt());
        assertEquals(List.of("3", "6"), texts(r.get("requestNudgeDays")));
        String id = created.body().get("id").asText();

        Response patched = api.call(coordinator, "PATCH /programs/{programId}", Map.of("programId", id),
                Map.of("reminders", Map.of("meetingLeadTimes", List.of("P2D", "PT30M"), "inactivityDays", 14)));
        assertEquals(200, patched.status(), patched.toString());
        r = api.call(admin, "GET /programs/{programId}", Map.of("programId", id), null).body().get("reminders");
        assertEquals(List.of("PT48H", "PT30M"), texts(r.get("meetingLeadTimes")), "stored and read back");
        assertEquals(14, r.get("inactivityDays").asInt());
        assertEquals(List.of("3", "6"), texts(r.get("requestNudgeDays")), "fields not sent stay");

        Response none = api.call(coordinator, "PATCH /programs/{programId}", Map.of("programId", id),
                Map.of("reminders", Map.of("meetingLeadTimes", List.of(), "requestNudgeDays", List.of())));
        assertEquals(List.of(), texts(none.body().get("reminders").get("meetingLeadTimes")), "a program may turn them off");
    }

    @Test
    void everyBadTimingIsNamedWithItsIndex() {
        Response r = api.call(admin, "POST /programs", Map.of(), with(program(), "reminders", Map.of(
                "meetingLeadTimes", List.of("PT24H", "soon", "PT1M", "PT24H", "PT90S"),
                "inactivityDays", 0, "requestNudgeDays", List.of(3, 3, 200), "x", 1)));
        assertEquals(400, r.status());
        assertEquals(List.of("reminders.inactivityDays", "reminders.meetingLeadTimes", "reminders.requestNudgeDays[2]",
                "reminders.x"), sorted(r.errorFields()), r.toString());

        Response items = api.call(admin, "POST /programs", Map.of(), with(program(), "reminders", Map.of(
                "meetingLeadTimes", List.of("PT24H", "soon", "PT1M"), "requestNudgeDays", List.of(6, 3))));
        assertEquals(List.of("reminders.meetingLeadTimes[1]", "reminders.meetingLeadTimes[2]", "reminders.requestNudgeDays[1]"),
                sorted(items.errorFields()), items.toString());
        assertEquals(List.of("reminders.meetingLeadTimes[1]"), api.call(admin, "POST /programs", Map.of(),
                with(program(), "reminders", Map.of("meetingLeadTimes", List.of("PT1H", "PT60M")))).errorFields(), "the same lead twice");
        assertEquals(List.of("reminders"), api.call(admin, "POST /programs", Map.of(), with(program(), "reminders", 5)).errorFields());
        assertEquals(List.of("reminders.inactivityDays"), api.call(admin, "POST /programs", Map.of(),
                with(program(), "reminders", Map.of("inactivityDays", "3"))).errorFields());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> sorted(List<String> fields) {
        return fields.stream().sorted().toList();
    }
}
