package com.pairwise.matching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestOrigin;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event details carry what subscribers need; requests expire by their date alone. */
class RelationshipEventsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theEndedEventCarriesPeopleTimesAndReason() throws Exception {
        Relationship r = new Relationship("rel_1", "prg_1", "ana", List.of("bo"), ProgramFormat.ONE_TO_ONE,
                RelationshipStatus.ACTIVE, T0, null, null, List.of("negotiate"));
        RelationshipEvents events = new RelationshipEvents(new IdGenerator());
        DomainEvent ended = events.ended(r.ended(T0.plusSeconds(3600), "done"), "bo", T0.plusSeconds(3600));
        assertEquals("pairwise.matching", ended.source());
        assertEquals("RelationshipEnded", ended.detailType());
        JsonNode d = Json.MAPPER.readTree(ended.detail());
        assertEquals("rel_1", d.get("relationshipId").asText());
        assertEquals("prg_1", d.get("programId").asText());
        assertEquals("ana", d.get("mentorId").asText());
        assertEquals("bo", d.get("menteeIds").get(0).asText());
        assertEquals("2026-11-23T11:00:00Z", d.get("endedAt").asText());
        assertEquals("done", d.get("reason").asText());
        assertEquals("bo", d.get("endedBy").asText());
        DomainEvent started = events.started(r, "ana", T0);
        assertTrue(Json.MAPPER.readTree(started.detail()).get("endedAt").isNull());
        assertNotEquals(started.id(), ended.id());
    }

    @Test
    void aPendingRequestIsExpiredFromItsExpiryOn() {
        MatchRequest r = new MatchRequest("mrq_1", "prg_1", "bo", "ana", MatchRequestOrigin.MENTEE, MatchRequestStatus.PENDING,
                1, List.of(), null, T0, T0.plusSeconds(60), null, null);
        assertTrue(r.isOpen(T0.plusSeconds(59)));
        assertEquals(MatchRequestStatus.EXPIRED, r.effectiveStatus(T0.plusSeconds(60)));
        assertEquals(MatchRequestStatus.DECLINED, r.answered(MatchRequestStatus.DECLINED, T0, null).effectiveStatus(T0.plusSeconds(99)));
    }
}
