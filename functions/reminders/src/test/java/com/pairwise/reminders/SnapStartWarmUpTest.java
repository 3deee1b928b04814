package com.pairwise.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and stores and sends nothing. */
class SnapStartWarmUpTest {
    private final RemindersHarness api = new RemindersHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() throws IOException {
        api.mail = m -> {
            throw new AssertionError("warm-up sent mail");
        };

        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(0, api.deadLetters(), "warm-up dead-lettered");
        List<Integer> statuses = new ArrayList<>();
        for (String line : api.log.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode json = Json.MAPPER.readTree(line);
            assertEquals("INFO", json.get("level").asText(), line);
            assertEquals(HttpFunction.WARM_UP_ID, json.get("correlationId").asText());
            statuses.add(json.get("status").asInt());
        }
        // own preferences (read, defaults) and feed (query), a preferences change with a bad hour (read, then refused)
        assertEquals(List.of(200, 200, 400), statuses);
    }
}
