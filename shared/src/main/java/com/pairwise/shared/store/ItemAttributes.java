package com.pairwise.shared.store;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTag;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Shorthand for declaring attributes of a static (reflection-free) table schema. */
final class ItemAttributes<T> {
    private final StaticTableSchema.Builder<T> builder;

    ItemAttributes(StaticTableSchema.Builder<T> builder) {
        this.builder = builder.attributeConverterProviders(ItemConverters.INSTANCE);
    }

    ItemAttributes<T> string(String name, Function<T, String> get, BiConsumer<T, String> set, StaticAttributeTag... tags) {
        builder.addAttribute(String.class, a -> a.name(name).getter(get).setter(set).tags(tags));
        return this;
    }

    ItemAttributes<T> integer(String name, Function<T, Integer> get, BiConsumer<T, Integer> set) {
        builder.addAttribute(Integer.class, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    ItemAttributes<T> number(String name, Function<T, Long> get, BiConsumer<T, Long> set) {
        builder.addAttribute(Long.class, a -> a.name(name).getter(get).setter(set));
        return this;
    }

    ItemAttributes<T> strings(String name, Function<T, List<String>> get, BiConsumer<T, List<String>> set) {
        builder.addAttribute(EnhancedType.listOf(String.class), a -> a.name(name).getter(get).setter(set));
        return this;
    }
}
