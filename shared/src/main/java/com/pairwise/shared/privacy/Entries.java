package com.pairwise.shared.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds one JSON-ready object in a fixed property order (null values kept, so every property is always there). */
final class Entries {
    private final Map<String, Object> map = new LinkedHashMap<>();

    static Entries object() {
        return new Entries();
    }

    Entries put(String name, Object value) {
        map.put(name, value instanceof Instant at ? at.toString() : value);
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}
