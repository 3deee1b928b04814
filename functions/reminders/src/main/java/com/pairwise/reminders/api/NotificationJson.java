package com.pairwise.reminders.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.reminders.domain.Notification;
import com.pairwise.shared.http.JsonTree;

/** A feed entry as JSON. */
final class NotificationJson {
    private NotificationJson() {
    }

    static ObjectNode write(Notification n) {
        ObjectNode o = JsonTree.object();
        o.put("id", n.id());
        o.put("kind", n.kind().wire());
        o.put("subject", n.subject());
        o.put("text", n.text());
        o.put("programId", n.programId());
        o.put("createdAt", n.createdAt().toString());
        o.put("read", n.readAt() != null);
        o.put("readAt", n.readAt() == null ? null : n.readAt().toString());
        return o;
    }
}
