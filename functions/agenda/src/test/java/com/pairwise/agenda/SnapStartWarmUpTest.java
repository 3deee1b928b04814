package com.pairwise.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.http.HttpFunction;
import com.pairwise.testing.WarmUpLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up writes invites in memory and runs real requests through the handler, and stores nothing. */
class SnapStartWarmUpTest {
    private final AgendaHarness api = new AgendaHarness((source, type, detail) -> {
        throw new AssertionError("warm-up published " + type);
    });

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        List<Integer> statuses = WarmUpLog.statuses(api.log.toByteArray(), HttpFunction.WARM_UP_ID);
        // booking for an unknown relationship (body parsed, then read), its meetings, an unknown meeting
        assertEquals(List.of(404, 404, 404), statuses);
    }
}
