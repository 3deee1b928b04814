package com.pairwise.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.http.HttpFunction;
import com.pairwise.testing.WarmUpLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and writes nothing. */
class SnapStartWarmUpTest {
    private final SignupHarness api = new SignupHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        List<Integer> statuses = WarmUpLog.statuses(api.log.toByteArray(), HttpFunction.WARM_UP_ID);
        // unknown program (read), sign-up for it (body parsed, then read), program creation refused, own data (query)
        assertEquals(List.of(404, 404, 403, 200), statuses);
    }
}
