package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.http.HttpFunction;
import com.pairwise.testing.WarmUpLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and stores and sends nothing. */
class SnapStartWarmUpTest {
    private final RemindersHarness api = new RemindersHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() {
        api.mail = m -> {
            throw new AssertionError("warm-up sent mail");
        };

        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(0, api.deadLetters(), "warm-up dead-lettered");
        List<Integer> statuses = WarmUpLog.statuses(api.log.toByteArray(), HttpFunction.WARM_UP_ID);
        // own preferences (read, defaults) and feed (query), a preferences change with a bad hour (read, then refused)
        assertEquals(List.of(200, 200, 400), statuses);
    }
}
