package com.pairwise.reminders.store;

import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Everything the reminders function keeps under a person's id, for an erasure: their reminders ({@code REMIND#}, pending
 * ones with their due-index entry, which goes with the item), their feed ({@code FEED#}) and their preferences
 * ({@code PREFS#}). Each is a partition of its own, so a Query on the key reads it a page at a time and the page is
 * deleted in one BatchWriteItem; deleting what is gone already is harmless, so a retry resumes where a crash stopped.
 */
public final class PersonalItems {
    private static final int PAGE = 25; // BatchWriteItem's limit

    private final PairwiseTable table;

    public PersonalItems(PairwiseTable table) {
        this.table = table;
    }

    /**
     * The other people the person's own items name: partners in their reminders' facts, the people their feed
     * entries were about. Whoever they named may have received entries naming them; read before {@link #erase}.
     */
    public Set<String> partners(String personId) {
        Set<String> out = new TreeSet<>();
        for (var page : table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ReminderKeys.reminderPk(personId))))
                .projectionExpression("facts").build())) {
            page.items().forEach(item -> {
                AttributeValue ids = item.containsKey("facts") ? item.get("facts").m().get("partnerIds") : null;
                if (ids != null && ids.s() != null) {
                    Arrays.stream(ids.s().split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(out::add);
                }
            });
        }
        for (var page : table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ReminderKeys.feed(personId))))
                .expressionAttributeNames(Map.of("#about", DynamoFeed.ABOUT))
                .projectionExpression("#about").build())) {
            page.items().forEach(item -> {
                if (item.containsKey(DynamoFeed.ABOUT)) {
                    out.addAll(item.get(DynamoFeed.ABOUT).ss());
                }
            });
        }
        out.remove(personId);
        return out;
    }

    /** @return how many items were deleted */
    public int erase(String personId) {
        int deleted = 0;
        for (String partition : List.of(ReminderKeys.reminderPk(personId), ReminderKeys.feed(personId), ReminderKeys.preferences(personId))) {
            deleted += erasePartition(partition);
        }
        return deleted;
    }

    private int erasePartition(String partition) {
        int deleted = 0;
        for (var page : table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                .projectionExpression("PK, SK").limit(PAGE).build())) {
            List<WriteRequest> deletes = new ArrayList<>();
            page.items().forEach(key -> deletes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(Map.of(
                    TableDefinition.PK, key.get(TableDefinition.PK), TableDefinition.SK, key.get(TableDefinition.SK))).build()).build()));
            if (!deletes.isEmpty()) {
                deleteAll(deletes);
                deleted += deletes.size();
            }
        }
        return deleted;
    }

    private void deleteAll(List<WriteRequest> deletes) {
        Map<String, List<WriteRequest>> pending = Map.of(table.name(), deletes);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause(attempt);
            }
            Map<String, List<WriteRequest>> ask = pending;
            BatchWriteItemResponse response = table.dynamo().batchWriteItem(b -> b.requestItems(ask));
            // What DynamoDB did not get to (throttling) is asked again.
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1000L, 50L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
