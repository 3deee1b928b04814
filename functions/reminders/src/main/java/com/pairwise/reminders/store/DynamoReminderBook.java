package com.pairwise.reminders.store;

import com.pairwise.shared.store.Keys;
import com.pairwise.reminders.domain.Reminder;
import com.pairwise.reminders.domain.ReminderBook;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.shared.model.WireEnum;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Reminder items (PK=REMIND#recipient, SK=REMIND#kind#subject): the item's key is (recipient, subject, kind), so it
 * is at once the schedule entry and the dedup/claim record. While pending it carries GSI2 keys DUE#shard /
 * dueMillis#key; once sent, skipped, failed or cancelled they are removed, so the index holds only pending reminders
 * and a run's query reads the due ones and nothing else (never a Scan).
 * States: scheduled -> claimed -> sent | skipped | failed, or back to scheduled (held, retried); cancelled.
 */
public final class DynamoReminderBook implements ReminderBook {
    private static final String SCHEDULED = "scheduled";
    private static final String CLAIMED = "claimed";
    private static final String CANCELLED = "cancelled";

    private final PairwiseTable table;

    public DynamoReminderBook(PairwiseTable table) {
        this.table = table;
    }

    @Override
    public void schedule(Reminder r) {
        putIfNewer(toItem(r), r.revision(), "revision < :rev");
    }

    /** The stored form of a scheduled reminder; bulk loaders (the benchmark) write it with BatchWriteItem. */
    public static Map<String, AttributeValue> toItem(Reminder r) {
        Map<String, AttributeValue> item = new HashMap<>(key(r.recipientId(), r.kind(), r.subject()));
        item.put("type", s("reminder"));
        item.put("recipientId", s(r.recipientId()));
        item.put("subject", s(r.subject()));
        item.put("kind", s(r.kind().wire()));
        item.put("programId", s(r.programId()));
        item.put("revision", n(r.revision()));
        item.put("attempts", n(r.attempts()));
        item.put("facts", AttributeValue.fromM(toMap(r.facts())));
        if (r.expiresAt() != null) {
            item.put("expiresAt", n(r.expiresAt().toEpochMilli()));
        }
        item.put("st", s(SCHEDULED));
        item.putAll(dueKeys(r, r.dueAt()));
        return item;
    }

    @Override
    public void cancel(String recipientId, ReminderKind kind, String subject, long revision) {
        Map<String, AttributeValue> item = new HashMap<>(key(recipientId, kind, subject));
        item.put("type", s("reminder"));
        item.put("recipientId", s(recipientId));
        item.put("subject", s(subject));
        item.put("kind", s(kind.wire()));
        item.put("revision", n(revision));
        item.put("st", s(CANCELLED));
        putIfNewer(item, revision, "revision <= :rev");
    }

    private void putIfNewer(Map<String, AttributeValue> item, long revision, String newer) {
        try {
            table.dynamo().putItem(b -> b.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR " + newer)
                    .expressionAttributeValues(Map.of(":rev", n(revision))));
        } catch (ConditionalCheckFailedException sameOrNewerThere) {
            // A redelivered or out-of-date event: what is stored already says as much or more.
        }
    }

    @Override
    public List<String> subjects(String recipientId, ReminderKind kind, String subjectPrefix) {
        List<String> out = new ArrayList<>();
        String skPrefix = ReminderKeys.reminderSk(kind, subjectPrefix);
        table.dynamo().queryPaginator(b -> b.tableName(table.name())
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :sk)")
                        .expressionAttributeValues(Map.of(":pk", s(ReminderKeys.reminderPk(recipientId)), ":sk", s(skPrefix)))
                        .projectionExpression("#subject").expressionAttributeNames(Map.of("#subject", "subject")))
                .items().forEach(item -> out.add(item.get("subject").s()));
        return out;
    }

    @Override
    public Due due(Instant now, int limit) {
        String upper = Keys.digits(now.toEpochMilli() + 1, 13);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        double capacity = 0;
        for (int shard = 0; shard < ReminderKeys.SHARDS && items.size() < limit; shard++) {
            Map<String, AttributeValue> start = null;
            do {
                QueryResponse page = table.dynamo().query(QueryRequest.builder().tableName(table.name())
                        .indexName(TableDefinition.GSI2)
                        .keyConditionExpression("GSI2PK = :p AND GSI2SK < :upper")
                        .expressionAttributeValues(Map.of(":p", s(ReminderKeys.dueShard(shard)), ":upper", s(upper)))
                        .limit(Math.min(limit - items.size(), 500))
                        .exclusiveStartKey(start)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                        .build());
                if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
                    capacity += page.consumedCapacity().capacityUnits();
                }
                items.addAll(page.items());
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null && items.size() < limit);
        }
        List<Reminder> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            out.add(fromItem(item));
        }
        out.sort(Comparator.comparing(Reminder::dueAt));
        return new Due(out, capacity);
    }

    @Override
    public Optional<Reminder> claim(Reminder seen, String runId, Instant now, Instant staleBefore) {
        try {
            Map<String, AttributeValue> after = table.dynamo().updateItem(UpdateItemRequest.builder().tableName(table.name())
                    .key(key(seen.recipientId(), seen.kind(), seen.subject()))
                    .updateExpression("SET st = :claimed, claimedBy = :run, claimedAt = :now")
                    .conditionExpression("(st = :scheduled AND dueAt = :due) OR (st = :claimed AND claimedAt < :stale)")
                    .expressionAttributeValues(Map.of(":claimed", s(CLAIMED), ":run", s(runId), ":now", n(now.toEpochMilli()),
                            ":scheduled", s(SCHEDULED), ":due", n(seen.dueAt().toEpochMilli()), ":stale", n(staleBefore.toEpochMilli())))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build()).attributes();
            return Optional.of(fromItem(after));
        } catch (ConditionalCheckFailedException takenOrDone) {
            return Optional.empty();
        }
    }

    @Override
    public void finish(Reminder claimed, String runId, Outcome outcome, Instant now) {
        updateIfStillOurs(claimed, runId, "SET st = :outcome, doneAt = :now REMOVE GSI2PK, GSI2SK, claimedBy, claimedAt",
                Map.of(":outcome", s(outcome.name().toLowerCase(java.util.Locale.ROOT)), ":now", n(now.toEpochMilli())));
    }

    @Override
    public void release(Reminder claimed, String runId, Instant dueAt, int attempts, String lastError) {
        Map<String, AttributeValue> values = new HashMap<>(dueKeysAsValues(claimed, dueAt));
        values.put(":scheduled", s(SCHEDULED));
        values.put(":attempts", n(attempts));
        values.put(":error", lastError == null ? AttributeValue.fromNul(true) : s(lastError.length() > 500 ? lastError.substring(0, 500) : lastError));
        updateIfStillOurs(claimed, runId, "SET st = :scheduled, dueAt = :dueAt, GSI2PK = :gsiPk, GSI2SK = :gsiSk, "
                + "attempts = :attempts, lastError = :error REMOVE claimedBy, claimedAt", values);
    }

    private void updateIfStillOurs(Reminder claimed, String runId, String update, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":run", s(runId));
        all.put(":claimedState", s(CLAIMED));
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name()).key(key(claimed.recipientId(), claimed.kind(), claimed.subject()))
                    .updateExpression(update)
                    .conditionExpression("st = :claimedState AND claimedBy = :run")
                    .expressionAttributeValues(all));
        } catch (ConditionalCheckFailedException replaced) {
            // A newer revision (meeting moved, cancelled) replaced the reminder while this run held it; the new one stands.
        }
    }

    private static Map<String, AttributeValue> key(String recipientId, ReminderKind kind, String subject) {
        return Map.of(TableDefinition.PK, s(ReminderKeys.reminderPk(recipientId)), TableDefinition.SK, s(ReminderKeys.reminderSk(kind, subject)));
    }

    private static Map<String, AttributeValue> dueKeys(Reminder r, Instant dueAt) {
        return Map.of("dueAt", n(dueAt.toEpochMilli()),
                TableDefinition.GSI2_PK, s(ReminderKeys.dueShard(ReminderKeys.shardOf(r.key()))),
                TableDefinition.GSI2_SK, s(ReminderKeys.dueSort(dueAt.toEpochMilli(), r.key())));
    }

    private static Map<String, AttributeValue> dueKeysAsValues(Reminder r, Instant dueAt) {
        Map<String, AttributeValue> keys = dueKeys(r, dueAt);
        return Map.of(":dueAt", keys.get("dueAt"), ":gsiPk", keys.get(TableDefinition.GSI2_PK), ":gsiSk", keys.get(TableDefinition.GSI2_SK));
    }

    static Reminder fromItem(Map<String, AttributeValue> item) {
        Map<String, String> facts = new HashMap<>();
        if (item.containsKey("facts")) {
            item.get("facts").m().forEach((k, v) -> facts.put(k, v.s()));
        }
        return new Reminder(item.get("recipientId").s(), item.get("subject").s(),
                WireEnum.parse(ReminderKind.class, item.get("kind").s()).orElseThrow(),
                item.get("programId").s(), Instant.ofEpochMilli(Long.parseLong(item.get("dueAt").n())),
                Long.parseLong(item.get("revision").n()), facts,
                item.containsKey("expiresAt") ? Instant.ofEpochMilli(Long.parseLong(item.get("expiresAt").n())) : null,
                Integer.parseInt(item.get("attempts").n()));
    }

    private static Map<String, AttributeValue> toMap(Map<String, String> facts) {
        Map<String, AttributeValue> out = new HashMap<>();
        facts.forEach((k, v) -> out.put(k, s(v)));
        return out;
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }
}
