package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.reminders.RemindersHarness;
import com.pairwise.reminders.RemindersHarness.Person;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** PersonErased through the handler: the person's reminders, feed and preferences go; the other party's stay. */
class PersonErasedTest {
    private static final Instant MEETING = Instant.parse("2026-11-25T16:00:00Z");
    private final RemindersHarness h = new RemindersHarness();
    private final Person mentor = Person.user("mentor-1");
    private final Person mentee = Person.user("mentee-1");

    private Relationship pairWithAMeetingAndAFeed() {
        String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
        h.register(program, "mentor-1", Role.MENTOR, "Maya", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-1", Role.MENTEE, "Tomás", List.of("en"), "Europe/Madrid", List.of("java"));
        Relationship r = h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-1", List.of("mentee-1"), List.of());
        h.relationshipStarted(r);
        h.meetingScheduled(r, "mtg_1", MEETING, 0);
        h.clock.set(MEETING.minus(Duration.ofHours(24)));
        h.tick();
        h.call(mentee, "PATCH /me/preferences", Map.of(), Map.of("kinds", Map.of("survey_due", false)));
        return r;
    }

    private void erase(Relationship r) {
        h.deliver("person-erased.json", Map.of("PERSON_ID", "mentee-1", "PROGRAM_ID", r.programId(), "RELATIONSHIP_ID", r.id()));
    }

    private int items(String partition) {
        return h.table.dynamo().query(b -> b.tableName(h.table.name()).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))).count();
    }

    @Test
    void theErasedPersonsRemindersFeedAndPreferencesAreGoneAndTheOtherPartysStay() {
        Relationship r = pairWithAMeetingAndAFeed();
        assertTrue(items("REMIND#mentee-1") > 0 && items("FEED#mentee-1") > 0 && items("PREFS#mentee-1") > 0, "the setup has data to erase");
        int mentorsReminders = items("REMIND#mentor-1");
        int mentorsFeed = items("FEED#mentor-1");

        erase(r);

        assertEquals(0, items("REMIND#mentee-1"));
        assertEquals(0, items("FEED#mentee-1"));
        assertEquals(0, items("PREFS#mentee-1"));
        assertEquals(0, h.call(mentee, "GET /me/notifications", Map.of(), null).body().path("items").size());
        assertTrue(h.call(mentee, "GET /me/preferences", Map.of(), null).body().path("kinds").path("survey_due").asBoolean(),
                "back to the defaults: nothing stored");
        assertEquals(mentorsReminders, items("REMIND#mentor-1"));
        assertEquals(mentorsFeed, items("FEED#mentor-1"));
        assertEquals(mentorsFeed, h.call(mentor, "GET /me/notifications", Map.of(), null).body().path("items").size());
    }

    @Test
    void aSecondDeliveryIsHarmlessAndNothingPendingIsMailedAfterwards() {
        Relationship r = pairWithAMeetingAndAFeed();
        erase(r);
        erase(r);
        int mailed = h.mails().size();

        h.clock.set(MEETING.minus(Duration.ofHours(1)));
        h.tick();

        assertEquals(0, items("REMIND#mentee-1"));
        assertTrue(h.mails().subList(mailed, h.mails().size()).stream().noneMatch(m -> m.contains("To: mentee-1@example.com")),
                "the erased person's pending reminders went with the erasure");
    }

    @Test
    void aPersonWithMoreThanOnePageOfItemsIsErasedWhole() {
        String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
        for (int i = 0; i < 60; i++) {
            String id = "rel_many" + i;
            h.deliver("relationship-started.json", Map.of("RELATIONSHIP_ID", id, "PROGRAM_ID", program));
        }
        String person = RemindersHarness.sampleEvent("relationship-started.json", Map.of()).path("detail").path("menteeIds").get(0).asText();
        assertTrue(items("REMIND#" + person) >= 60, "setup: " + items("REMIND#" + person));

        h.deliver("person-erased.json", Map.of("PERSON_ID", person, "PROGRAM_ID", program, "RELATIONSHIP_ID", "rel_many0"));

        assertEquals(0, items("REMIND#" + person));
    }

    @Test
    void theRelationshipsActivityRecordKeepsNoIdsOnceMatchingEndsIt() {
        Relationship r = pairWithAMeetingAndAFeed();
        Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("REL#" + r.id()), "SK", AttributeValue.fromS("ACTIVITY"));
        assertTrue(h.table.dynamo().getItem(b -> b.tableName(h.table.name()).key(key)).item().get("participants").toString()
                .contains("mentee-1"), "setup: the weekly digest's activity record names the pair");

        erase(r);
        // Matching ends the erased person's relationships; their RelationshipEnded reaches reminders as any other.
        h.deliver("relationship-ended.json", Map.of("RELATIONSHIP_ID", r.id(), "PROGRAM_ID", r.programId()));

        Map<String, AttributeValue> activity = h.table.dynamo().getItem(b -> b.tableName(h.table.name()).key(key)).item();
        assertTrue(activity.containsKey("ended"));
        assertFalse(activity.containsKey("participants"), "an ended pair's activity record holds nobody's id");
    }
}
