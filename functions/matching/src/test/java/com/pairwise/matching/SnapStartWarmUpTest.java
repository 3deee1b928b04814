package com.pairwise.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and writes and publishes nothing. */
class SnapStartWarmUpTest {
    private final MatchingHarness api = new MatchingHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() throws IOException {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(List.of(), api.events.events, "warm-up published");
        List<Integer> statuses = new ArrayList<>();
        for (String line : api.log.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode json = Json.MAPPER.readTree(line);
            assertEquals("INFO", json.get("level").asText(), line);
            assertEquals(HttpFunction.WARM_UP_ID, json.get("correlationId").asText());
            statuses.add(json.get("status").asInt());
        }
        // match request in an unknown program (body parsed, then read), own requests and relationships (queries)
        assertEquals(List.of(404, 200, 200), statuses);
    }
}
