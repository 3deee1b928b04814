package com.pairwise.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.http.HttpFunction;
import com.pairwise.testing.WarmUpLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and writes and publishes nothing. */
class SnapStartWarmUpTest {
    private final MatchingHarness api = new MatchingHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(List.of(), api.events.events, "warm-up published");
        List<Integer> statuses = WarmUpLog.statuses(api.log.toByteArray(), HttpFunction.WARM_UP_ID);
        // match request in an unknown program (body parsed, then read), own requests and relationships (queries)
        assertEquals(List.of(404, 200, 200), statuses);
    }
}
