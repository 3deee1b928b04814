package com.pairwise.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up writes invites in memory and runs real requests through the handler, and stores nothing. */
class SnapStartWarmUpTest {
    private final AgendaHarness api = new AgendaHarness((source, type, detail) -> {
        throw new AssertionError("warm-up published " + type);
    });

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() throws IOException {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        List<Integer> statuses = new ArrayList<>();
        for (String line : api.log.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode json = Json.MAPPER.readTree(line);
            assertEquals("INFO", json.get("level").asText(), line);
            assertEquals(HttpFunction.WARM_UP_ID, json.get("correlationId").asText());
            statuses.add(json.get("status").asInt());
        }
        // booking for an unknown relationship (body parsed, then read), its meetings, an unknown meeting
        assertEquals(List.of(404, 404, 404), statuses);
    }
}
