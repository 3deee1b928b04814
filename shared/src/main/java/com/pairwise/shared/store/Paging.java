package com.pairwise.shared.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fills a page from a lazily fetched query. Filters can make DynamoDB pages short, so the cursor is the key of the
 * last item handed out, not DynamoDB's LastEvaluatedKey, and nothing is skipped between pages.
 */
final class Paging {
    private Paging() {
    }

    static <I, T> Page<T> collect(Stream<I> items, int limit, Function<I, Map<String, AttributeValue>> keyOf, Function<I, T> map) {
        List<T> out = new ArrayList<>();
        I last = null;
        Iterator<I> it = items.iterator();
        while (it.hasNext() && out.size() < limit) {
            last = it.next();
            out.add(map.apply(last));
        }
        String next = out.size() == limit && it.hasNext() ? PageCursor.encode(keyOf.apply(last)) : null;
        return new Page<>(out, next);
    }
}
