package com.pairwise.shared.store;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converters for the four attribute types the items use (text, Integer, Long, list of text), writing what the
 * enhanced client's default converters write (S, N, N, L of S). The default provider builds a converter for every
 * type it knows, about a hundred classes loaded on each cold start for the four needed here.
 */
final class ItemConverters implements AttributeConverterProvider {
    static final ItemConverters INSTANCE = new ItemConverters();

    private static final EnhancedType<List<String>> STRING_LIST = EnhancedType.listOf(String.class);
    private static final AttributeConverter<String> TEXT = new Text();
    private static final AttributeConverter<Integer> INTEGER = new Whole<>(EnhancedType.of(Integer.class), Integer::valueOf);
    private static final AttributeConverter<Long> LONG = new Whole<>(EnhancedType.of(Long.class), Long::valueOf);
    private static final AttributeConverter<List<String>> TEXTS = new Texts();

    private ItemConverters() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> AttributeConverter<T> converterFor(EnhancedType<T> type) {
        if (type.equals(TEXT.type())) {
            return (AttributeConverter<T>) TEXT;
        } else if (type.equals(INTEGER.type())) {
            return (AttributeConverter<T>) INTEGER;
        } else if (type.equals(LONG.type())) {
            return (AttributeConverter<T>) LONG;
        } else if (type.equals(STRING_LIST)) {
            return (AttributeConverter<T>) TEXTS;
        }
        throw new IllegalArgumentException("no converter for " + type + ": items use text, Integer, Long and lists of text");
    }

    private static boolean isNull(AttributeValue value) {
        return Boolean.TRUE.equals(value.nul());
    }

    private static final class Text implements AttributeConverter<String> {
        @Override
        public AttributeValue transformFrom(String input) {
            return input == null ? AttributeValue.fromNul(true) : AttributeValue.fromS(input);
        }

        @Override
        public String transformTo(AttributeValue value) {
            if (isNull(value)) {
                return null;
            }
            if (value.s() != null) {
                return value.s();
            }
            if (value.n() != null) {
                return value.n();
            }
            throw new IllegalStateException("not text: " + value);
        }

        @Override
        public EnhancedType<String> type() {
            return EnhancedType.of(String.class);
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.S;
        }
    }

    /** Integer or Long, stored as a number. */
    private static final class Whole<T extends Number> implements AttributeConverter<T> {
        private final EnhancedType<T> type;
        private final java.util.function.Function<String, T> parse;

        Whole(EnhancedType<T> type, java.util.function.Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public AttributeValue transformFrom(T input) {
            return input == null ? AttributeValue.fromNul(true) : AttributeValue.fromN(input.toString());
        }

        @Override
        public T transformTo(AttributeValue value) {
            if (isNull(value)) {
                return null;
            }
            String digits = value.n() != null ? value.n() : value.s();
            if (digits == null) {
                throw new IllegalStateException("not a number: " + value);
            }
            return parse.apply(digits);
        }

        @Override
        public EnhancedType<T> type() {
            return type;
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.N;
        }
    }

    private static final class Texts implements AttributeConverter<List<String>> {
        @Override
        public AttributeValue transformFrom(List<String> input) {
            if (input == null) {
                return AttributeValue.fromNul(true);
            }
            List<AttributeValue> values = new ArrayList<>(input.size());
            input.forEach(s -> values.add(TEXT.transformFrom(s)));
            return AttributeValue.fromL(values);
        }

        @Override
        public List<String> transformTo(AttributeValue value) {
            if (isNull(value)) {
                return null;
            }
            if (!value.hasL()) {
                throw new IllegalStateException("not a list: " + value);
            }
            List<String> out = new ArrayList<>(value.l().size());
            value.l().forEach(v -> out.add(TEXT.transformTo(v)));
            return out;
        }

        @Override
        public EnhancedType<List<String>> type() {
            return STRING_LIST;
        }

        @Override
        public AttributeValueType attributeValueType() {
            return AttributeValueType.L;
        }
    }
}
