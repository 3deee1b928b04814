package com.pairwise.reminders.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.reminders.RemindersHarness;
import com.pairwise.reminders.RemindersHarness.Person;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * PersonErased through the handler reaches what others received about the person: the partner's and the
 * coordinators' feed entries naming them are rewritten to a neutral sentence in the reader's language; the rest stay.
 */
class ErasedPersonInOthersFeedsTest {
    private static final Instant MEETING = Instant.parse("2026-11-25T16:00:00Z");
    /** Four weeks after the pair started: idle for the default period, so the digest lists it (08:00 in Madrid). */
    private static final Instant MONDAY = Instant.parse("2026-12-21T07:00:00Z");
    private static final String REMOVED_EN = "A notification about a former participant was removed.";
    private static final String REMOVED_ES = "Se ha retirado una notificación sobre un antiguo participante.";

    private final RemindersHarness h = new RemindersHarness();
    private final Person mentor = Person.user("mentor-1");
    private final Person coordinator = Person.user("coord-1");
    private final String program = h.program(ProgramFormat.ONE_TO_ONE, "coord-1");
    private final Relationship pair;

    ErasedPersonInOthersFeedsTest() {
        h.register(program, "coord-1", Role.MENTOR, "Carmen", List.of("es"), "Europe/Madrid", List.of("java"));
        h.register(program, "mentor-1", Role.MENTOR, "Maya", List.of("en"), "Europe/London", List.of("java"));
        h.register(program, "mentee-1", Role.MENTEE, "Tomás", List.of("en"), "Europe/Madrid", List.of("java"));
        pair = h.relationship(program, ProgramFormat.ONE_TO_ONE, "mentor-1", List.of("mentee-1"), List.of());
        h.relationshipStarted(pair);
    }

    private JsonNode feed(Person who) {
        return h.call(who, "GET /me/notifications", Map.of(), null).body().path("items");
    }

    private List<JsonNode> entries(Person who, String kind) {
        List<JsonNode> out = new ArrayList<>();
        feed(who).forEach(n -> {
            if (kind.equals(n.path("kind").asText())) {
                out.add(n);
            }
        });
        return out;
    }

    private void erase() {
        h.deliver("person-erased.json", Map.of("PERSON_ID", "mentee-1", "PROGRAM_ID", program, "RELATIONSHIP_ID", pair.id()));
    }

    /** The mentor's feed: the meeting reminder naming the mentee, and a survey reminder about nobody else. */
    private void mentorsFeed() {
        h.meetingScheduled(pair, "mtg_1", MEETING, 0);
        h.reminderRequested("surveys", "mentor-1", "survey_due", "svy_1", program, h.clock.instant(), 1, Map.of());
        h.clock.set(MEETING.minus(Duration.ofHours(24)));
        h.tick();
        List<JsonNode> meetings = entries(mentor, "meeting");
        assertEquals(1, meetings.size(), "setup: " + feed(mentor));
        assertTrue(meetings.get(0).path("text").asText().contains("Tomás"), "setup: the entry names the mentee");
        assertEquals(1, entries(mentor, "survey_due").size(), "setup: " + feed(mentor));
    }

    /** Every attribute of every item in a partition, as text. */
    private String stored(String partition) {
        return h.table.dynamo().query(b -> b.tableName(h.table.name()).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))).items().toString();
    }

    @Test
    void thePartnersEntryNamingTheErasedPersonIsRewrittenAndTheirOtherEntriesStay() {
        mentorsFeed();
        String survey = entries(mentor, "survey_due").get(0).toString();

        erase();

        JsonNode meeting = entries(mentor, "meeting").get(0);
        assertEquals(REMOVED_EN, meeting.path("text").asText());
        assertFalse(meeting.toString().contains("Tomás") || meeting.toString().contains("mentee-1"), meeting.toString());
        assertFalse(stored("FEED#mentor-1").contains("Tomás") || stored("FEED#mentor-1").contains("mentee-1"),
                "nothing stored in the mentor's feed names the erased person: " + stored("FEED#mentor-1"));
        assertEquals(survey, entries(mentor, "survey_due").get(0).toString(), "an entry about nobody else stays as it was");
        assertEquals(2, feed(mentor).size(), "rewritten, not deleted: the mentor's feed keeps its shape");
        assertFalse(stored("REMIND#mentor-1").contains("mentee-1"), "the mentor's reminders (in their export) name the pseudonym: "
                + stored("REMIND#mentor-1"));
        assertTrue(stored("REMIND#mentor-1").contains("erased_h7w2c9q4m1x8z5v3k6bt"), stored("REMIND#mentor-1"));
    }

    @Test
    void aCoordinatorsDigestListingTheErasedPersonIsRewrittenInTheirLanguage() {
        h.clock.set(MONDAY);
        h.deliver("weekly-digest.json", Map.of());
        h.tick();
        List<JsonNode> digests = entries(coordinator, "weekly_digest");
        assertEquals(1, digests.size(), "setup: " + feed(coordinator));
        assertTrue(digests.get(0).path("text").asText().contains("Maya, Tomás"), "setup: " + digests.get(0));

        erase();

        JsonNode digest = entries(coordinator, "weekly_digest").get(0);
        assertEquals(REMOVED_ES, digest.path("text").asText());
        assertFalse(stored("FEED#coord-1").contains("Tomás") || stored("FEED#coord-1").contains("mentee-1"), stored("FEED#coord-1"));
        assertTrue(stored("FEED#coord-1").contains("mentor-1"), "the digest is still marked as naming the mentor, who was not erased");
        assertFalse(stored("REMIND#coord-1").contains("Tomás") || stored("REMIND#coord-1").contains("mentee-1"),
                "the digest reminder (in the coordinator's export) lists them no more: " + stored("REMIND#coord-1"));
    }

    @Test
    void aSecondDeliveryIsHarmless() {
        mentorsFeed();
        erase();
        String after = feed(mentor).toString();

        erase();

        assertEquals(after, feed(mentor).toString());
        assertTrue(h.log.toString().contains("\"feedEntriesRewritten\":0"), "the second finds nothing left to rewrite: " + h.log);
    }

    @Test
    void aPartnerKnownOnlyFromTheErasedPersonsOwnItemsIsReachedToo() {
        mentorsFeed();
        // An erasure that lists no relationship or program: the mentee's own reminders name the mentor.
        h.deliver("person-erased.json", Map.of("PERSON_ID", "mentee-1", "PROGRAM_ID", "prg_none", "RELATIONSHIP_ID", "rel_none"));

        assertEquals(REMOVED_EN, entries(mentor, "meeting").get(0).path("text").asText());
    }
}
