package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.Feed;
import com.pairwise.reminders.domain.Notification;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.model.WireEnum;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** A person's feed: PK=FEED#user, SK=NOTE#id where the id starts with the zero-padded time, newest read first. */
public final class DynamoFeed implements Feed {
    /** What an id looks like; anything else cannot name an entry. */
    public static final Pattern ID = Pattern.compile("[0-9]{13}-[0-9a-f]{1,8}");

    /** String set of the ids of the people an entry's text names. */
    static final String ABOUT = "about";

    private final PairwiseTable table;

    public DynamoFeed(PairwiseTable table) {
        this.table = table;
    }

    @Override
    public void add(Notification n) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableDefinition.PK, s(ReminderKeys.feed(n.userId())));
        item.put(TableDefinition.SK, s(ReminderKeys.note(n.id())));
        item.put("type", s("notification"));
        item.put("id", s(n.id()));
        item.put("kind", s(n.kind().wire()));
        item.put("subject", s(n.subject()));
        item.put("text", s(n.text()));
        item.put("programId", s(n.programId()));
        item.put("createdAt", s(n.createdAt().toString()));
        if (!n.about().isEmpty()) {
            // A string set: an erasure rewrites the entries whose set contains the person (a set may not be empty).
            item.put(ABOUT, AttributeValue.fromSs(List.copyOf(n.about())));
        }
        try {
            table.dynamo().putItem(b -> b.tableName(table.name()).item(item).conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException alreadyThere) {
            // Written by the run that died before mailing; keep it as it is, read or not.
        }
    }

    /** Newest first; {@code before} is the id of the last entry of the previous page. */
    public Page<Notification> list(String userId, int limit, String before) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :note)")
                .expressionAttributeValues(Map.of(":pk", s(ReminderKeys.feed(userId)), ":note", s("NOTE#")))
                .scanIndexForward(false).limit(limit + 1);
        if (before != null) {
            query.exclusiveStartKey(Map.of(TableDefinition.PK, s(ReminderKeys.feed(userId)), TableDefinition.SK, s(ReminderKeys.note(before))));
        }
        QueryResponse response = table.dynamo().query(query.build());
        List<Notification> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            if (out.size() == limit) {
                break;
            }
            out.add(fromItem(userId, item));
        }
        String next = response.items().size() > limit ? out.get(out.size() - 1).id() : null;
        return new Page<>(out, next);
    }

    /** Marks an entry read (the first time only); not found when it is not the person's. */
    public Notification markRead(String userId, String id, Instant now) {
        try {
            Map<String, AttributeValue> after = table.dynamo().updateItem(b -> b.tableName(table.name())
                    .key(Map.of(TableDefinition.PK, s(ReminderKeys.feed(userId)), TableDefinition.SK, s(ReminderKeys.note(id))))
                    .updateExpression("SET readAt = if_not_exists(readAt, :now)")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeValues(Map.of(":now", s(now.toString())))
                    .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_NEW)).attributes();
            return fromItem(userId, after);
        } catch (ConditionalCheckFailedException missing) {
            throw new NotFoundException("no notification " + id);
        }
    }

    private static Notification fromItem(String userId, Map<String, AttributeValue> item) {
        return new Notification(userId, item.get("id").s(), WireEnum.parse(ReminderKind.class, item.get("kind").s()).orElseThrow(),
                item.get("subject").s(), item.get("text").s(), item.get("programId").s(), Instant.parse(item.get("createdAt").s()),
                item.containsKey("readAt") ? Instant.parse(item.get("readAt").s()) : null,
                item.containsKey(ABOUT) ? Set.copyOf(item.get(ABOUT).ss()) : Set.of());
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }
}
