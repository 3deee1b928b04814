package com.pairwise.shared.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum with a stable lower_snake_case name used in the API and in storage. */
public interface WireEnum {
    String wire();

    static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String wire) {
        for (E e : type.getEnumConstants()) {
            if (e.wire().equals(wire)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).collect(Collectors.joining(", "));
    }
}
