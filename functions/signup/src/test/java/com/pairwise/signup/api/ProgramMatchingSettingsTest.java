package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program's optional {@code matching} object: defaults, partial updates, and every bad field named. */
class ProgramMatchingSettingsTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin");

    @Test
    void absentSettingsAreTheDefaultsAndAPatchChangesOnlyWhatItSends() {
        Response created = api.call(admin, "POST /programs", Map.of(), with(program(), "matching",
                Map.of("objective", "highest_score", "maxTimeZoneHours", 3)));
        assertEquals(201, created.status(), created.toString());
        JsonNode m = created.body().get("matching");
        assertEquals("highest_score", m.get("objective").asText());
        assertEquals(3, m.get("maxTimeZoneHours").asInt());
        assertEquals(14, m.get("requestExpiryDays").asInt());
        assertTrue(m.get("requireSharedLanguage").asBoolean());
        String id = created.body().get("id").asText();

        Response patched = api.call(admin, "PATCH /programs/{programId}", Map.of("programId", id),
                Map.of("matching", Map.of("requestExpiryDays", 7, "differentCountry", "bonus")));
        assertEquals(200, patched.status(), patched.toString());
        m = patched.body().get("matching");
        assertEquals(7, m.get("requestExpiryDays").asInt());
        assertEquals("bonus", m.get("differentCountry").asText());
        assertEquals("highest_score", m.get("objective").asText(), "fields not sent stay");
        assertEquals(3, api.call(admin, "GET /programs/{programId}", Map.of("programId", id), null).body()
                .get("matching").get("maxTimeZoneHours").asInt(), "stored and read back");

        Response plain = api.call(admin, "POST /programs", Map.of(), program());
        assertEquals("most_matched", plain.body().get("matching").get("objective").asText());
    }

    @Test
    void everyBadMatchingFieldIsNamed() {
        Response r = api.call(admin, "POST /programs", Map.of(), with(program(), "matching", Map.of(
                "skillsWeight", 1000, "objective", "luck", "timeZoneHard", "yes", "maxTimeZoneHours", 13, "x", 1)));
        assertEquals(400, r.status());
        assertEquals(List.of("matching.x", "matching.maxTimeZoneHours", "matching.timeZoneHard", "matching.skillsWeight",
                "matching.objective"), r.errorFields());
        Response band = api.call(admin, "POST /programs", Map.of(), with(program(), "matching", Map.of("minLevelsAbove", 3, "maxLevelsAbove", 1)));
        assertEquals(List.of("matching.minLevelsAbove"), band.errorFields());
        assertEquals(List.of("matching"), api.call(admin, "POST /programs", Map.of(), with(program(), "matching", 5)).errorFields());
    }
}
