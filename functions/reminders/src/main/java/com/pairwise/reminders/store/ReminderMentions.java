package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.Reminder;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The reminder items other people keep about an erased person (shown in their export): a partner's reminders name
 * the person in {@code partnerIds}, which gets the pseudonym; a digest lists them by name in its lines, which cannot
 * be told apart, so a digest naming them loses both lists. Read a page at a time, keeping only the items whose facts
 * mention the id; each is rewritten on condition its facts are still as read, so a redelivery finds what is left.
 */
public final class ReminderMentions {
    private static final int PAGE = 100;

    private final PairwiseTable table;

    public ReminderMentions(PairwiseTable table) {
        this.table = table;
    }

    /** @return how many of {@code reader}'s reminders were rewritten */
    public int rewrite(String reader, PersonErased erased) {
        int rewritten = 0;
        for (var page : table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :remind)")
                // contains on a string is a substring test: the exact check is below.
                .filterExpression("contains(facts.partnerIds, :person) OR contains(facts.#about, :person)")
                .expressionAttributeNames(Map.of("#about", Reminder.ABOUT))
                .expressionAttributeValues(Map.of(":pk", s(ReminderKeys.reminderPk(reader)), ":remind", s("REMIND#"),
                        ":person", s(erased.personId())))
                .projectionExpression("PK, SK, facts").limit(PAGE).build())) {
            for (Map<String, AttributeValue> item : page.items()) {
                Map<String, AttributeValue> facts = item.get("facts").m();
                Map<String, AttributeValue> changed = without(facts, erased);
                if (!changed.equals(facts) && replace(item, facts, changed)) {
                    rewritten++;
                }
            }
        }
        return rewritten;
    }

    private static Map<String, AttributeValue> without(Map<String, AttributeValue> facts, PersonErased erased) {
        Map<String, AttributeValue> out = new HashMap<>(facts);
        List<String> partners = ids(facts.get("partnerIds"));
        if (partners.contains(erased.personId())) {
            out.put("partnerIds", s(String.join(",", erased.replace(partners))));
        }
        List<String> about = ids(facts.get(Reminder.ABOUT));
        if (about.remove(erased.personId())) {
            out.put(Reminder.ABOUT, s(String.join(",", about)));
            out.put("inactive", s(""));
            out.put("waiting", s(""));
        }
        return out;
    }

    private static List<String> ids(AttributeValue v) {
        List<String> out = new ArrayList<>();
        if (v != null && v.s() != null) {
            Arrays.stream(v.s().split(",")).map(String::trim).filter(id -> !id.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private boolean replace(Map<String, AttributeValue> item, Map<String, AttributeValue> read, Map<String, AttributeValue> changed) {
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name())
                    .key(Map.of(TableDefinition.PK, item.get(TableDefinition.PK), TableDefinition.SK, item.get(TableDefinition.SK)))
                    .updateExpression("SET facts = :changed")
                    .conditionExpression("facts = :read")
                    .expressionAttributeValues(Map.of(":changed", AttributeValue.fromM(changed), ":read", AttributeValue.fromM(read))));
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            // Replanned or withdrawn since it was read: a newer event wrote it; a redelivery looks again.
            return false;
        }
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }
}
