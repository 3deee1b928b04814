package com.pairwise.shared.store;

import com.pairwise.shared.model.WireEnum;
import java.time.Instant;
import java.util.List;

/** Conversions between model values and their stored text. */
final class Values {
    private Values() {
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static List<String> list(List<String> stored) {
        return stored == null ? List.of() : stored;
    }

    static <E extends Enum<E> & WireEnum> E wireEnum(Class<E> type, String wire) {
        return WireEnum.parse(type, wire)
                .orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " '" + wire + "' is unknown"));
    }
}
