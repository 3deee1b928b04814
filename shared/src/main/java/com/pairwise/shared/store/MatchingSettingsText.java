package com.pairwise.shared.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.MatchingSettingsDocument;
import com.pairwise.shared.model.MatchingSettings;

/**
 * A program's matching settings stored as one JSON text attribute: they are always read and written whole, and a
 * nested value keeps the program item's flat attribute list readable. Absent (older programs) reads as the defaults.
 */
final class MatchingSettingsText {
    private MatchingSettingsText() {
    }

    static String write(MatchingSettings m) {
        return JsonTree.write(MatchingSettingsDocument.write(m));
    }

    static MatchingSettings read(String text) {
        if (text == null) {
            return MatchingSettings.DEFAULTS;
        }
        try {
            return MatchingSettingsDocument.read(JsonTree.read(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matching settings are not JSON", e);
        }
    }
}
