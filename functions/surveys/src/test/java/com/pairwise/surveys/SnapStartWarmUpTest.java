package com.pairwise.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.http.HttpFunction;
import com.pairwise.testing.WarmUpLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and stores and publishes nothing. */
class SnapStartWarmUpTest {
    private final SurveysHarness api = new SurveysHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(List.of(), api.published, "warm-up published");
        List<Integer> statuses = WarmUpLog.statuses(api.log.toByteArray(), HttpFunction.WARM_UP_ID);
        // shipped templates (no read), own surveys (query), an answer to an unknown survey (body parsed, then read)
        assertEquals(List.of(200, 200, 404), statuses);
    }
}
