package com.pairwise.matching.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.matching.TestTables;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relationships, member links, mentor load and matched markers against DynamoDB Local. */
class RelationshipStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final PairwiseTable table = TestTables.fresh();
    private final RelationshipStore store = new RelationshipStore(table);

    private static Relationship pair(String id, String mentor, String mentee) {
        return new Relationship(id, "prg_1", mentor, List.of(mentee), ProgramFormat.ONE_TO_ONE, RelationshipStatus.ACTIVE,
                T0, null, null, List.of("learn negotiation"));
    }

    @Test
    void aStartedRelationshipIsFoundByIdByEachPersonAndByProgram() {
        store.start(pair("rel_1", "ana", "bo"), 2, List.of());
        Relationship read = store.get("rel_1").orElseThrow();
        assertEquals(List.of("bo"), read.menteeIds());
        assertEquals(List.of("learn negotiation"), read.goals());
        assertEquals(List.of("rel_1"), store.byUser("ana").stream().map(Relationship::id).toList());
        assertEquals(List.of("rel_1"), store.byUser("bo").stream().map(Relationship::id).toList());
        assertEquals(List.of("rel_1"), store.byProgram("prg_1").stream().map(Relationship::id).toList());
        assertEquals(List.of(), store.byProgram("prg_2"));
        assertEquals(1, store.mentorLoad("prg_1", "ana"));
        assertEquals(Set.of("bo"), store.matchedPeople("prg_1"));
    }

    @Test
    void theMentorsCapacityAndTheMenteesSingleSeatAreEnforced() {
        store.start(pair("rel_1", "ana", "bo"), 2, List.of());
        ConflictException twice = assertThrows(ConflictException.class, () -> store.start(pair("rel_2", "cy", "bo"), 2, List.of()));
        assertEquals("already-matched", twice.code());
        store.start(pair("rel_3", "ana", "di"), 2, List.of());
        ConflictException full = assertThrows(ConflictException.class, () -> store.start(pair("rel_4", "ana", "ed"), 2, List.of()));
        assertEquals("mentor-full", full.code());
        assertTrue(store.get("rel_4").isEmpty(), "nothing of a refused relationship is written");
        store.start(pair("rel_5", "ana", "ed"), null, List.of());
        assertEquals(3, store.mentorLoad("prg_1", "ana"), "a null capacity is an explicit override");
    }

    @Test
    void endingFreesThePlaceAndTheMenteeAndWritesTheEventToTheOutbox() {
        Relationship r = store.start(pair("rel_1", "ana", "bo"), 1, List.of());
        DomainEvent event = new DomainEvent("evt_1", "pairwise.matching", "RelationshipEnded", "{\"relationshipId\":\"rel_1\"}", T0);
        Relationship ended = store.end(r, T0.plusSeconds(60), "moved teams", List.of(event));
        assertEquals(RelationshipStatus.ENDED, ended.status());
        Relationship read = store.get("rel_1").orElseThrow();
        assertEquals(RelationshipStatus.ENDED, read.status());
        assertEquals("moved teams", read.endReason());
        assertEquals(0, store.mentorLoad("prg_1", "ana"));
        assertFalse(store.matchedPeople("prg_1").contains("bo"));
        assertEquals(List.of("evt_1"), new OutboxStore(table).unsent(10).stream().map(DomainEvent::id).toList());
        assertEquals("relationship-ended", assertThrows(ConflictException.class,
                () -> store.end(r, T0.plusSeconds(90), null, List.of())).code());
        store.start(pair("rel_2", "ana", "cy"), 1, List.of());
        assertEquals(List.of("rel_1", "rel_2"), store.byUser("ana").stream().map(Relationship::id).toList());
    }

    @Test
    void aGroupGrowsUpToTheMentorsCapacity() {
        Relationship group = new Relationship("rel_g", "prg_1", "ana", List.of("bo"), ProgramFormat.GROUP,
                RelationshipStatus.ACTIVE, T0, null, null, List.of());
        store.start(group, 2, List.of());
        Relationship joined = store.join(group, "cy", "public speaking", 2, List.of());
        assertEquals(List.of("bo", "cy"), store.get("rel_g").orElseThrow().menteeIds());
        assertEquals(List.of("public speaking"), store.get("rel_g").orElseThrow().goals());
        assertEquals("mentor-full", assertThrows(ConflictException.class, () -> store.join(joined, "di", null, 2, List.of())).code());
        assertEquals(List.of("rel_g"), store.byUser("cy").stream().map(Relationship::id).toList());
        store.end(joined, T0.plusSeconds(5), null, List.of());
        assertEquals(0, store.mentorLoad("prg_1", "ana"));
        assertEquals(Set.of(), store.matchedPeople("prg_1"));
    }

    @Test
    void peersBothHoldASeatAndNoLoadIsCounted() {
        Relationship peers = new Relationship("rel_p", "prg_1", "ana", List.of("bo"), ProgramFormat.PEER,
                RelationshipStatus.ACTIVE, T0, null, null, List.of());
        store.start(peers, null, List.of());
        assertEquals(Set.of("ana", "bo"), store.matchedPeople("prg_1"));
        Relationship again = new Relationship("rel_q", "prg_1", "ana", List.of("cy"), ProgramFormat.PEER,
                RelationshipStatus.ACTIVE, T0, null, null, List.of());
        assertEquals("already-matched", assertThrows(ConflictException.class, () -> store.start(again, null, List.of())).code());
    }
}
