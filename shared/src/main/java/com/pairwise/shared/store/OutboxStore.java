package com.pairwise.shared.store;

import com.pairwise.shared.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Events committed with their change but not yet published; see {@link OutboxItem}. */
public final class OutboxStore {
    private final PairwiseTable table;

    public OutboxStore(PairwiseTable table) {
        this.table = table;
    }

    /** The write that puts {@code event} in the outbox, for a transaction of another store (agenda's meetings). */
    public static software.amazon.awssdk.services.dynamodb.model.TransactWriteItem entry(String tableName, DomainEvent event) {
        return OutboxItem.put(tableName, event);
    }

    /**
     * Puts events in the outbox on their own, when no other write goes with them (reminders a program's new
     * requirements call for); 100 per transaction, the most one may hold.
     */
    public void add(List<DomainEvent> events) {
        for (int from = 0; from < events.size(); from += 100) {
            List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> writes = events.subList(from, Math.min(from + 100, events.size()))
                    .stream().map(e -> OutboxItem.put(table.name(), e)).collect(Collectors.toList());
            if (Transactions.write(table.dynamo(), writes).isPresent()) {
                throw new IllegalStateException("outbox entries refused");
            }
        }
    }

    /** Puts {@code event} in the outbox on its own, for a change that has no other write to share a transaction with. */
    public void add(DomainEvent event) {
        add(List.of(event));
    }

    /** The oldest unsent events (GSI2 OUTBOX), at most {@code limit}. */
    public List<DomainEvent> unsent(int limit) {
        return table.dynamo().query(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI2)
                        .keyConditionExpression("GSI2PK = :o")
                        .expressionAttributeValues(Map.of(":o", AttributeValue.fromS(Keys.UNSENT_EVENTS)))
                        .limit(limit).build())
                .items().stream().map(OutboxItem::toEvent).collect(Collectors.toList());
    }

    /**
     * The oldest unsent events created before {@code createdBefore}, at most {@code limit}: what the table's stream
     * should have relayed by then. (GSI2SK starts with the ISO creation time, so the key condition does the cut.)
     */
    public List<DomainEvent> unsent(int limit, Instant createdBefore) {
        return table.dynamo().query(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI2)
                        .keyConditionExpression("GSI2PK = :o AND GSI2SK < :before")
                        .expressionAttributeValues(Map.of(":o", AttributeValue.fromS(Keys.UNSENT_EVENTS),
                                ":before", AttributeValue.fromS(createdBefore.toString())))
                        .limit(limit).build())
                .items().stream().map(OutboxItem::toEvent).collect(Collectors.toList());
    }

    /**
     * The event of an item the table's stream reports as new, when that item is an outbox entry (the stream carries
     * every write to the table).
     */
    public static Optional<DomainEvent> fromStreamImage(Map<String, AttributeValue> newImage) {
        return OutboxItem.isEntry(newImage) ? Optional.of(OutboxItem.toEvent(newImage)) : Optional.empty();
    }

    /** Marks an event as published. Deleting twice is harmless. */
    public void sent(String eventId) {
        table.dynamo().deleteItem(b -> b.tableName(table.name()).key(OutboxItem.key(eventId)));
    }
}
