package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.shared.events.DomainEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the stream relay reads back from a new item: the outbox entry OutboxItem wrote, and nothing else. */
class OutboxStreamImageTest {
    private final DomainEvent event = new DomainEvent("evt_1", "pairwise.matching", "MatchingRunRequested",
            "{\"runId\":\"run_1\"}", Instant.parse("2026-11-26T05:00:00Z"));

    private Map<String, AttributeValue> written() {
        return new HashMap<>(OutboxItem.put("t", event).put().item());
    }

    @Test
    void anEntryAsWrittenReadsBackAsItsEvent() {
        assertEquals(event, OutboxStore.fromStreamImage(written()).orElseThrow());
    }

    @Test
    void otherItemsAndIncompleteEntriesAreNotEvents() {
        Map<String, AttributeValue> registration = written();
        registration.put("type", AttributeValue.fromS("registration"));
        assertTrue(OutboxStore.fromStreamImage(registration).isEmpty());

        Map<String, AttributeValue> noDetail = written();
        noDetail.remove("detail");
        assertTrue(OutboxStore.fromStreamImage(noDetail).isEmpty());

        Map<String, AttributeValue> numericId = written();
        numericId.put("id", AttributeValue.fromN("1"));
        assertTrue(OutboxStore.fromStreamImage(numericId).isEmpty());
    }
}
