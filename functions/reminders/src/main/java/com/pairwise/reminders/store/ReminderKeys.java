package com.pairwise.reminders.store;

import com.pairwise.shared.store.Keys;
import com.pairwise.reminders.domain.ReminderKind;

/** Keys of the reminder function's items; see docs/data-model.md. */
final class ReminderKeys {
    /** The due index (GSI2) is spread over this many partitions so no single one runs hot. */
    static final int SHARDS = 8;

    private ReminderKeys() {
    }

    static String reminderPk(String recipientId) {
        return "REMIND#" + recipientId;
    }

    static String reminderSk(ReminderKind kind, String subject) {
        return "REMIND#" + kind.wire() + "#" + subject;
    }

    /** GSI2 partition of one shard of pending reminders; sorted by due time, so a run reads only what is due. */
    static String dueShard(int shard) {
        return "DUE#" + shard;
    }

    static int shardOf(String reminderKey) {
        return Math.floorMod(reminderKey.hashCode(), SHARDS);
    }

    /** Zero-padded epoch millis first, so string order is time order. */
    static String dueSort(long dueAtMillis, String reminderKey) {
        return Keys.digits(dueAtMillis, 13) + "#" + reminderKey;
    }

    static String feed(String userId) {
        return "FEED#" + userId;
    }

    static String note(String notificationId) {
        return "NOTE#" + notificationId;
    }

    static String preferences(String userId) {
        return "PREFS#" + userId;
    }

    static final String PREFS_SK = "PREFS";

    /** SK of a relationship's activity item, in the relationship's partition (REL#id). */
    static final String ACTIVITY_SK = "ACTIVITY";

    /** GSI2 partition of a program's active relationships, sorted by last activity. */
    static String idle(String programId) {
        return "IDLE#" + programId;
    }

    static String idleSort(long lastActivityMillis, String relationshipId) {
        return Keys.digits(lastActivityMillis, 13) + "#" + relationshipId;
    }
}
