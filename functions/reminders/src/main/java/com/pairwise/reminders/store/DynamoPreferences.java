package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.PreferenceBook;
import com.pairwise.reminders.domain.Preferences;
import com.pairwise.reminders.domain.QuietHours;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.shared.model.WireEnum;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** PK=PREFS#user, SK=PREFS: the kinds turned off (a string set, so an unsubscribe is one atomic ADD) and quiet hours. */
public final class DynamoPreferences implements PreferenceBook {
    private final PairwiseTable table;

    public DynamoPreferences(PairwiseTable table) {
        this.table = table;
    }

    @Override
    public Preferences of(String userId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name()).key(key(userId)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Preferences.DEFAULT;
        }
        Set<ReminderKind> off = EnumSet.noneOf(ReminderKind.class);
        if (item.containsKey("off")) {
            item.get("off").ss().forEach(w -> WireEnum.parse(ReminderKind.class, w).ifPresent(off::add));
        }
        QuietHours quiet = item.containsKey("quietStart")
                ? new QuietHours(LocalTime.parse(item.get("quietStart").s()), LocalTime.parse(item.get("quietEnd").s()))
                : QuietHours.DEFAULT;
        return new Preferences(off, quiet);
    }

    @Override
    public void save(String userId, Preferences preferences) {
        Map<String, AttributeValue> item = new HashMap<>(key(userId));
        item.put("type", AttributeValue.fromS("preferences"));
        if (!preferences.off().isEmpty()) {
            item.put("off", AttributeValue.fromSs(preferences.off().stream().map(ReminderKind::wire).collect(Collectors.toList())));
        }
        item.put("quietStart", AttributeValue.fromS(preferences.quietHours().start().toString()));
        item.put("quietEnd", AttributeValue.fromS(preferences.quietHours().end().toString()));
        table.dynamo().putItem(b -> b.tableName(table.name()).item(item));
    }

    @Override
    public void turnOff(String userId, ReminderKind kind) {
        table.dynamo().updateItem(b -> b.tableName(table.name()).key(key(userId))
                .updateExpression("ADD #off :kind SET #type = :type")
                .expressionAttributeNames(Map.of("#off", "off", "#type", "type"))
                .expressionAttributeValues(Map.of(":kind", AttributeValue.fromSs(java.util.List.of(kind.wire())),
                        ":type", AttributeValue.fromS("preferences"))));
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(ReminderKeys.preferences(userId)),
                TableDefinition.SK, AttributeValue.fromS(ReminderKeys.PREFS_SK));
    }
}
