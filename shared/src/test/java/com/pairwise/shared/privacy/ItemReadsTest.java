package com.pairwise.shared.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stored attribute values become the plain values an export document is written from. */
class ItemReadsTest {
    @Test
    void numbersStayWholeWhenTheyAreAndKeepTheirFractionOtherwise() {
        assertEquals(4L, ItemReads.plain(AttributeValue.fromN("4")));
        assertEquals(new BigDecimal("4.5"), ItemReads.plain(AttributeValue.fromN("4.5")));
    }

    @Test
    void mapsAndSetsComeInAStableOrderAndNullsStayNull() {
        Object answers = ItemReads.plain(AttributeValue.fromM(Map.of(
                "q3", AttributeValue.fromS("text"),
                "q1", AttributeValue.fromN("5"),
                "q2", AttributeValue.fromL(List.of(AttributeValue.fromS("b"), AttributeValue.fromS("a"))),
                "q4", AttributeValue.fromNul(true))));
        assertEquals("{q1=5, q2=[b, a], q3=text, q4=null}", answers.toString(), "keys sorted, lists as stored");
        assertEquals(List.of("inactivity", "meeting"), ItemReads.plain(AttributeValue.fromSs(List.of("meeting", "inactivity"))));
        assertEquals(true, ItemReads.plain(AttributeValue.fromBool(true)));
        assertNull(ItemReads.plain(null));
    }

    @Test
    void epochMillisBecomeIsoInstantsAndAbsentAttributesNull() {
        Map<String, AttributeValue> item = Map.of("dueAt", AttributeValue.fromN("1795539600000"));
        assertEquals("2026-11-24T17:00:00Z", ItemReads.instantFromMillis(item, "dueAt"));
        assertNull(ItemReads.instantFromMillis(item, "doneAt"));
        assertNull(ItemReads.text(item, "programId"));
        assertEquals(List.of(), ItemReads.texts(item, "skills"));
    }
}
