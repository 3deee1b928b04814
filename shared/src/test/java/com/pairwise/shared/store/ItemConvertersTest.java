package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The items' converters store exactly what the enhanced client's default ones do, and read it back. */
class ItemConvertersTest {
    private static final AttributeConverterProvider DEFAULT = AttributeConverterProvider.defaultProvider();

    @Test
    void textIntegersLongsAndListsAreStoredAsTheDefaultsStoreThem() {
        same(EnhancedType.of(String.class), List.of("", "Ana Souza", "PROGRAM#prg_1", "ünïcödé 𝄞"));
        same(EnhancedType.of(Integer.class), List.of(0, 3, -1, Integer.MAX_VALUE));
        same(EnhancedType.of(Long.class), List.of(0L, 1_764_115_200_000L, Long.MIN_VALUE));
        same(EnhancedType.listOf(String.class), List.of(List.of(), List.of("en"), List.of("en", "es", "")));
        List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
        same(EnhancedType.listOf(String.class), List.of(withNull));
    }

    @Test
    void nullIsTheNullValueBothWays() {
        AttributeConverter<String> text = ItemConverters.INSTANCE.converterFor(EnhancedType.of(String.class));
        assertEquals(DEFAULT.converterFor(EnhancedType.of(String.class)).transformFrom(null), text.transformFrom(null));
        assertEquals(null, text.transformTo(AttributeValue.fromNul(true)));
    }

    @Test
    void aTypeTheItemsDoNotUseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ItemConverters.INSTANCE.converterFor(EnhancedType.of(Double.class)));
    }

    private static <T> void same(EnhancedType<T> type, List<T> values) {
        AttributeConverter<T> ours = ItemConverters.INSTANCE.converterFor(type);
        AttributeConverter<T> theirs = DEFAULT.converterFor(type);
        assertEquals(theirs.attributeValueType(), ours.attributeValueType(), type.toString());
        for (T value : values) {
            AttributeValue stored = ours.transformFrom(value);
            assertEquals(theirs.transformFrom(value), stored, type + " " + value);
            assertEquals(theirs.transformTo(stored), ours.transformTo(stored), type + " " + value);
        }
    }
}
