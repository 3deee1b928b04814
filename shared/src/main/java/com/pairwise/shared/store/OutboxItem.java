package com.pairwise.shared.store;

import com.pairwise.shared.events.DomainEvent;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * An event written in the same transaction as the change it announces (PK=OUTBOX#eventId, SK=OUTBOX; GSI2
 * OUTBOX / createdAt#eventId). It is deleted once published, so what stays in GSI2 is exactly what still needs sending.
 */
final class OutboxItem {
    private OutboxItem() {
    }

    static Map<String, AttributeValue> key(String eventId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.outbox(eventId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.OUTBOX_SK));
    }

    static TransactWriteItem put(String table, DomainEvent e) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.outbox(e.id())),
                TableDefinition.SK, AttributeValue.fromS(Keys.OUTBOX_SK),
                TableDefinition.GSI2_PK, AttributeValue.fromS(Keys.UNSENT_EVENTS),
                TableDefinition.GSI2_SK, AttributeValue.fromS(e.createdAt() + "#" + e.id()),
                "type", AttributeValue.fromS("outbox"),
                "id", AttributeValue.fromS(e.id()),
                "source", AttributeValue.fromS(e.source()),
                "detailType", AttributeValue.fromS(e.detailType()),
                "detail", AttributeValue.fromS(e.detail()),
                "createdAt", AttributeValue.fromS(e.createdAt().toString()))).build()).build();
    }

    /** True for a whole outbox entry: its type and every attribute {@link #toEvent} reads. */
    static boolean isEntry(Map<String, AttributeValue> item) {
        AttributeValue type = item.get("type");
        return type != null && "outbox".equals(type.s())
                && Stream.of("id", "source", "detailType", "detail", "createdAt")
                        .allMatch(a -> item.get(a) != null && item.get(a).s() != null);
    }

    static DomainEvent toEvent(Map<String, AttributeValue> item) {
        return new DomainEvent(item.get("id").s(), item.get("source").s(), item.get("detailType").s(),
                item.get("detail").s(), Instant.parse(item.get("createdAt").s()));
    }
}
