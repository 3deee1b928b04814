package com.pairwise.shared.store;

import com.pairwise.shared.domain.ConflictException;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Runs all-or-nothing writes, retrying when another transaction touched the same items at the same moment. */
public final class Transactions {
    private static final int MAX_ATTEMPTS = 15;

    private Transactions() {
    }

    /**
     * @return empty when written; otherwise the position of the first item whose condition failed (nothing was written)
     */
    public static OptionalInt write(DynamoDbClient dynamo, List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(items));
                return OptionalInt.empty();
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                for (int i = 0; i < reasons.size(); i++) {
                    if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                        return OptionalInt.of(i);
                    }
                }
                boolean contended = reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
                if (!contended) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConflictException("contended", "too many simultaneous changes to the same program; try again");
                }
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        long ceiling = Math.min(200, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", interrupted);
        }
    }
}
