package com.pairwise.shared.privacy;

import com.pairwise.shared.store.PairwiseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reminders function's part, all in partitions named after the person: their reminders (Query
 * {@code REMIND#id} / {@code begins_with(SK, REMIND#)}: what was or will be sent to them, sent or not), their in-app
 * feed (Query {@code FEED#id} / {@code begins_with(SK, NOTE#)}, oldest first, every page) and their preferences
 * (GetItem {@code PREFS#id} / {@code PREFS}; null when they never set any, so the defaults apply).
 */
public final class RemindersSection implements ExportSection {
    // The reminders function's keys (its ReminderKeys), see docs/data-model.md "Reminders".
    static final String REMINDER_PREFIX = "REMIND#";
    static final String FEED_PREFIX = "FEED#";
    static final String NOTE_PREFIX = "NOTE#";
    static final String PREFERENCES_PREFIX = "PREFS#";
    static final String PREFERENCES_SK = "PREFS";

    private final ItemReads reads;

    public RemindersSection(PairwiseTable table) {
        this.reads = new ItemReads(table);
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public Map<String, Object> read(String userId) {
        List<Object> reminders = new ArrayList<>();
        reads.partition(REMINDER_PREFIX + userId, REMINDER_PREFIX).forEach(item -> reminders.add(reminder(item)));
        List<Object> feed = new ArrayList<>();
        reads.partition(FEED_PREFIX + userId, NOTE_PREFIX).forEach(item -> feed.add(notification(item)));
        Map<String, AttributeValue> prefs = reads.get(PREFERENCES_PREFIX + userId, PREFERENCES_SK);
        return Entries.object()
                .put("reminders", reminders)
                .put("notifications", feed)
                .put("preferences", prefs == null ? null : preferences(prefs))
                .map();
    }

    private static Map<String, Object> reminder(Map<String, AttributeValue> item) {
        return Entries.object()
                .put("kind", ItemReads.text(item, "kind"))
                .put("subject", ItemReads.text(item, "subject"))
                .put("programId", ItemReads.text(item, "programId"))
                .put("status", ItemReads.text(item, "st"))
                .put("dueAt", ItemReads.instantFromMillis(item, "dueAt"))
                .put("expiresAt", ItemReads.instantFromMillis(item, "expiresAt"))
                .put("doneAt", ItemReads.instantFromMillis(item, "doneAt"))
                .put("attempts", ItemReads.number(item, "attempts"))
                .put("lastError", ItemReads.text(item, "lastError"))
                .put("facts", ItemReads.plain(item.get("facts")))
                .map();
    }

    private static Map<String, Object> notification(Map<String, AttributeValue> item) {
        return Entries.object()
                .put("id", ItemReads.text(item, "id"))
                .put("kind", ItemReads.text(item, "kind"))
                .put("subject", ItemReads.text(item, "subject"))
                .put("text", ItemReads.text(item, "text"))
                .put("programId", ItemReads.text(item, "programId"))
                .put("createdAt", ItemReads.text(item, "createdAt"))
                .put("readAt", ItemReads.text(item, "readAt"))
                .map();
    }

    private static Map<String, Object> preferences(Map<String, AttributeValue> item) {
        String start = ItemReads.text(item, "quietStart");
        return Entries.object()
                .put("off", ItemReads.texts(item, "off"))
                .put("quietHours", start == null ? null
                        : Entries.object().put("start", start).put("end", ItemReads.text(item, "quietEnd")).map())
                .map();
    }
}
