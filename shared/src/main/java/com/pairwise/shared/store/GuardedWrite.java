package com.pairwise.shared.store;

import com.pairwise.shared.domain.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One write of a transaction and the conflict to report when its condition fails, so a composed transaction
 * (relationship + capacity + request + outbox) answers with the reason that actually stopped it.
 *
 * @param conflict null for writes without a condition
 */
record GuardedWrite(TransactWriteItem write, ConflictException conflict) {

    static GuardedWrite plain(TransactWriteItem write) {
        return new GuardedWrite(write, null);
    }

    static GuardedWrite guarded(TransactWriteItem write, String code, String message) {
        return new GuardedWrite(write, new ConflictException(code, message));
    }

    /** Writes all or nothing; throws the failed write's conflict. */
    static void commit(DynamoDbClient dynamo, List<GuardedWrite> writes) {
        List<TransactWriteItem> items = new ArrayList<>(writes.size());
        writes.forEach(w -> items.add(w.write()));
        OptionalInt failed = Transactions.write(dynamo, items);
        if (failed.isPresent()) {
            ConflictException conflict = writes.get(failed.getAsInt()).conflict();
            throw conflict != null ? conflict
                    : new ConflictException("concurrent-change", "something changed while this request ran; try again");
        }
    }
}
