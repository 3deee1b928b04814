package com.pairwise.shared.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.ReminderTimingsDocument;
import com.pairwise.shared.model.ReminderTimings;

/** A program's reminder timings as one JSON text attribute, like its matching settings; absent reads as the defaults. */
final class ReminderTimingsText {
    private ReminderTimingsText() {
    }

    static String write(ReminderTimings t) {
        return JsonTree.write(ReminderTimingsDocument.write(t));
    }

    static ReminderTimings read(String text) {
        if (text == null) {
            return ReminderTimings.DEFAULTS;
        }
        try {
            return ReminderTimingsDocument.read(JsonTree.read(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reminder timings are not JSON", e);
        }
    }
}
