package com.pairwise.benchmarks;

import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Asks DynamoDB for the consumed capacity of every GetItem, Query and BatchGetItem (ReturnConsumedCapacity TOTAL) and adds it up,
 * with the number of read calls, so a benchmark can print what one operation read without changing the code under test.
 */
final class CapacityMeter implements ExecutionInterceptor {
    private final DoubleAdder readUnits = new DoubleAdder();
    private final LongAdder calls = new LongAdder();
    private final LongAdder items = new LongAdder();

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof GetItemRequest get) {
            return get.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof QueryRequest query) {
            return query.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof BatchGetItemRequest batch) {
            return batch.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.response() instanceof GetItemResponse get) {
            add(get.consumedCapacity(), get.hasItem() ? 1 : 0);
        } else if (context.response() instanceof QueryResponse query) {
            add(query.consumedCapacity(), query.count() == null ? 0 : query.count());
        } else if (context.response() instanceof BatchGetItemResponse batch) {
            int found = batch.responses().values().stream().mapToInt(java.util.List::size).sum();
            add(batch.consumedCapacity().isEmpty() ? null : batch.consumedCapacity().get(0), found);
        }
    }

    private void add(ConsumedCapacity capacity, int itemCount) {
        calls.increment();
        items.add(itemCount);
        if (capacity != null && capacity.capacityUnits() != null) {
            readUnits.add(capacity.capacityUnits());
        }
    }

    /** Read units, calls and items since the last reset. */
    record Reading(double readUnits, long calls, long items) {
    }

    Reading reset() {
        return new Reading(readUnits.sumThenReset(), calls.sumThenReset(), items.sumThenReset());
    }
}
