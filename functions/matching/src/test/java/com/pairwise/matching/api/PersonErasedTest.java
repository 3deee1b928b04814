package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.store.RelationshipStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PersonErased through the handler: the erased person's relationships end and keep only a pseudonym, their requests
 * are cancelled and pseudonymised, and a second delivery changes nothing.
 */
class PersonErasedTest {
    private static final String PSEUDONYM = "erased_h7w2c9q4m1x8z5v3k6bt";

    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.evergreen(ProgramFormat.ONE_TO_ONE);
    private final Program other = api.evergreen(ProgramFormat.ONE_TO_ONE);
    private final Person ana = Person.user("ana");
    private final Person mentor = Person.user("mia");
    private final Person otherMentor = Person.user("max");

    private String relationshipWithAna() {
        api.mentor(program, "mia", 1, "Negotiation");
        api.mentee(program, "ana", "Negotiation");
        Response asked = api.call(ana, "POST /programs/{programId}/match-requests", Map.of("programId", program.id()),
                Map.of("mentorId", "mia", "message", "Hi Mia, I am Ana from Sales"));
        assertEquals(201, asked.status(), asked.toString());
        Response accepted = api.call(mentor, "POST /match-requests/{requestId}/accept", Map.of("requestId", asked.body().get("id").asText()), null);
        assertEquals(201, accepted.status(), accepted.toString());
        return accepted.body().get("id").asText();
    }

    private String pendingRequestFromAnaInTheOtherProgram() {
        api.mentor(other, "max", 2, "Negotiation");
        api.mentee(other, "ana", "Negotiation");
        Response asked = api.call(ana, "POST /programs/{programId}/match-requests", Map.of("programId", other.id()),
                Map.of("mentorId", "max", "message", "Hello Max, Ana here"));
        assertEquals(201, asked.status(), asked.toString());
        return asked.body().get("id").asText();
    }

    private Response erase(String relationshipId) throws Exception {
        String text = Json.MAPPER.writeValueAsString(MatchingHarness.sampleEvent("person-erased.json"))
                .replace("PERSON_ID", "ana").replace("PROGRAM_ID", program.id()).replace("RELATIONSHIP_ID", relationshipId);
        return api.invoke(Json.MAPPER.readTree(text));
    }

    @Test
    void theOtherPartyKeepsAnEndedRelationshipWithNothingOfTheErasedPerson() throws Exception {
        String rel = relationshipWithAna();
        String pending = pendingRequestFromAnaInTheOtherProgram();

        erase(rel);

        Response seen = api.call(mentor, "GET /relationships/{relationshipId}", Map.of("relationshipId", rel), null);
        assertEquals(200, seen.status(), seen.toString());
        assertEquals("ended", seen.body().get("status").asText());
        assertEquals("mia", seen.body().get("mentorId").asText());
        assertEquals(List.of(PSEUDONYM), List.of(seen.body().get("menteeIds").get(0).asText()));
        assertEquals(0, seen.body().get("goals").size(), "the goals were Ana's words");
        assertEquals("participant-erased", seen.body().get("endReason").asText());
        assertNoAna(seen.body());
        JsonNode miaRelationships = api.call(mentor, "GET /me/relationships", Map.of(), null).body();
        assertEquals(1, miaRelationships.get("items").size());
        assertNoAna(miaRelationships);

        assertEquals(0, api.call(ana, "GET /me/relationships", Map.of(), null).body().get("items").size());
        JsonNode anasRequests = api.call(ana, "GET /me/match-requests", Map.of(), null).body();
        assertEquals(0, anasRequests.get("sent").size());
        assertEquals(0, anasRequests.get("received").size());

        Response cancelled = api.call(otherMentor, "GET /match-requests/{requestId}", Map.of("requestId", pending), null);
        assertEquals("cancelled", cancelled.body().get("status").asText(), cancelled.toString());
        assertEquals(PSEUDONYM, cancelled.body().get("menteeId").asText());
        assertNoAna(cancelled.body());
        JsonNode maxRequests = api.call(otherMentor, "GET /me/match-requests", Map.of(), null).body();
        assertEquals(1, maxRequests.get("received").size());
        assertNoAna(maxRequests);

        assertEquals(0, new RelationshipStore(api.table).mentorLoad(program.id(), "mia"), "Mia's place is free again");
        var ended = api.events.ofType("RelationshipEnded");
        assertEquals(1, ended.size());
        assertEquals(PSEUDONYM, ended.get(0).detail().get("menteeIds").get(0).asText());
        assertNoAna(ended.get(0).detail());
    }

    @Test
    void aSecondDeliveryChangesNothingAndAnnouncesNothingAgain() throws Exception {
        String rel = relationshipWithAna();
        pendingRequestFromAnaInTheOtherProgram();
        erase(rel);
        JsonNode before = api.call(mentor, "GET /relationships/{relationshipId}", Map.of("relationshipId", rel), null).body();
        int published = api.events.events.size();

        erase(rel);

        assertEquals(before, api.call(mentor, "GET /relationships/{relationshipId}", Map.of("relationshipId", rel), null).body());
        assertEquals(published, api.events.events.size());
    }

    @Test
    void anErasureThatDiedAfterEndingTheRelationshipFinishesOnRetry() throws Exception {
        String rel = relationshipWithAna();
        // As a crashed attempt leaves it: ended (by anyone), Ana still named, her link still there.
        assertEquals(200, api.call(mentor, "POST /relationships/{relationshipId}/end", Map.of("relationshipId", rel),
                Map.of("reason", "Ana moved to Lisbon")).status());

        erase(rel);

        JsonNode seen = api.call(mentor, "GET /relationships/{relationshipId}", Map.of("relationshipId", rel), null).body();
        assertEquals(PSEUDONYM, seen.get("menteeIds").get(0).asText());
        assertEquals("participant-erased", seen.get("endReason").asText(), "free text may name the erased person");
        assertNoAna(seen);
        assertEquals(0, api.call(ana, "GET /me/relationships", Map.of(), null).body().get("items").size());
    }

    @Test
    void aMentorWithMoreThanOnePageOfRequestsHasEveryOneCancelled() throws Exception {
        api.mentor(program, "ana", 40, "Negotiation");
        for (int i = 0; i < 30; i++) {
            api.mentee(program, "mentee-" + i, "Negotiation");
            assertEquals(201, api.call(Person.user("mentee-" + i), "POST /programs/{programId}/match-requests",
                    Map.of("programId", program.id()), Map.of("mentorId", "ana")).status());
        }

        erase("rel_none");

        JsonNode anas = api.call(ana, "GET /me/match-requests", Map.of(), null).body();
        assertEquals(0, anas.get("received").size());
        for (int i = 0; i < 30; i++) {
            JsonNode sent = api.call(Person.user("mentee-" + i), "GET /me/match-requests", Map.of(), null).body().get("sent").get(0);
            assertEquals("cancelled", sent.get("status").asText());
            assertEquals(PSEUDONYM, sent.get("mentorId").asText());
        }
    }

    @Test
    void anUnreadableErasureIsDroppedNotRetriedForever() throws Exception {
        String text = Json.MAPPER.writeValueAsString(MatchingHarness.sampleEvent("person-erased.json")).replace("PERSON_ID", "bad id/#");
        api.invoke(Json.MAPPER.readTree(text));
        assertTrue(api.log.toString().contains("unreadable detail"));
    }

    private static void assertNoAna(JsonNode json) {
        String text = json.toString().toLowerCase();
        assertFalse(text.contains("\"ana\"") || text.contains("ana from") || text.contains("ana here") || text.contains("get better at"), text);
    }
}
