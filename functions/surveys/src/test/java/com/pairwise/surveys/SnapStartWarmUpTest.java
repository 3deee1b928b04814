package com.pairwise.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SnapStart warm-up runs real requests through the handler against DynamoDB, and stores and publishes nothing. */
class SnapStartWarmUpTest {
    private final SurveysHarness api = new SurveysHarness();

    @Test
    void warmUpReadsAndIsRefusedButStoresNothing() throws IOException {
        api.handler.warmUp();

        assertEquals(0, api.table.dynamo().scan(b -> b.tableName(api.table.name())).count(), "warm-up wrote to the table");
        assertEquals(List.of(), api.published, "warm-up published");
        List<Integer> statuses = new ArrayList<>();
        for (String line : api.log.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode json = Json.MAPPER.readTree(line);
            assertEquals("INFO", json.get("level").asText(), line);
            assertEquals(HttpFunction.WARM_UP_ID, json.get("correlationId").asText());
            statuses.add(json.get("status").asInt());
        }
        // shipped templates (no read), own surveys (query), an answer to an unknown survey (body parsed, then read)
        assertEquals(List.of(200, 200, 404), statuses);
    }
}
