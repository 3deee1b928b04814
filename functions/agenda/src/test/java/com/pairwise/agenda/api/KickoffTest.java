package com.pairwise.agenda.api;

import static com.pairwise.agenda.api.PairFixture.MENTEE;
import static com.pairwise.agenda.api.PairFixture.MENTOR;
import static com.pairwise.agenda.api.PairFixture.OUTSIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.agenda.AgendaHarness;
import com.pairwise.agenda.AgendaHarness.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RelationshipStarted from the bus prepares the first agenda and the kick-off checklist, once. */
class KickoffTest {
    private final PairFixture f = new PairFixture();

    private JsonNode started(String relationshipId) {
        return AgendaHarness.sampleEvent("relationship-started.json", Map.of("RELATIONSHIP_ID", relationshipId, "PROGRAM_ID", f.programId));
    }

    private String log() {
        return f.api.log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewPairFindsItsKickoffReadyAndARedeliveryChangesNothing() throws Exception {
        f.api.invoke(started(f.pair.id()));
        assertTrue(log().contains("\"outcome\":\"kickoff-prepared\""), log());
        Response first = f.api.call(MENTEE, "GET /relationships/{relationshipId}/kickoff", Map.of("relationshipId", f.pair.id()), null);
        assertEquals(200, first.status(), first.toString());
        assertEquals("fr", first.body().get("language").asText());
        assertEquals("getting-to-know", first.body().get("firstMeetingAgenda").get("sessionKey").asText());
        assertEquals(5, first.body().get("checklist").size());

        f.api.clock.advance(java.time.Duration.ofDays(3));
        f.api.invoke(started(f.pair.id()));
        assertTrue(log().contains("\"outcome\":\"nothing-to-do\""), log());
        Response again = f.api.call(MENTEE, "GET /relationships/{relationshipId}/kickoff", Map.of("relationshipId", f.pair.id()), null);
        assertEquals(first.body(), again.body());
        assertEquals("es", f.api.call(MENTOR, "GET /relationships/{relationshipId}/kickoff", Map.of("relationshipId", f.pair.id()), null)
                .body().get("language").asText());
        assertEquals(403, f.api.call(OUTSIDER, "GET /relationships/{relationshipId}/kickoff", Map.of("relationshipId", f.pair.id()), null).status());
    }

    @Test
    void anEventForAnUnknownRelationshipIsAcknowledgedWithoutEffect() {
        f.api.invoke(started("rel_unknown"));
        assertTrue(log().contains("\"outcome\":\"nothing-to-do\""), log());
    }
}
