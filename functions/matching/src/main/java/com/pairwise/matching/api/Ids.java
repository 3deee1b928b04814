package com.pairwise.matching.api;

import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.http.Fields;

/** User ids in bodies must have the shape of an id before they reach a key. */
final class Ids {
    private Ids() {
    }

    static String read(Fields f, String name) {
        String id = f.text(name, 128);
        if (id != null && !Identifiers.isValid(id)) {
            f.error(name, "is not a user id");
            return null;
        }
        return id;
    }
}
