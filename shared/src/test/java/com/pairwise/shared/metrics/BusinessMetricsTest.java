package com.pairwise.shared.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessMetricsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final BusinessMetrics metrics = new BusinessMetrics(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), "signup", "prod");

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void writesOneEmbeddedMetricFormatLinePerEvent() throws Exception {
        metrics.count(BusinessMetrics.REGISTRATION_CREATED, "corr-1");
        assertEquals(1, lines().size());
        JsonNode line = Json.MAPPER.readTree(lines().get(0));
        JsonNode aws = line.get("_aws");
        assertEquals(Instant.parse("2026-03-01T10:00:00Z").toEpochMilli(), aws.get("Timestamp").asLong());
        JsonNode directive = aws.get("CloudWatchMetrics").get(0);
        assertEquals("Pairwise", directive.get("Namespace").asText());
        assertEquals("[[\"Stage\"]]", directive.get("Dimensions").toString());
        assertEquals("[{\"Name\":\"RegistrationCreated\",\"Unit\":\"Count\"}]", directive.get("Metrics").toString());
        // EMF: every dimension and metric named in the directive is a top-level member of the same line
        assertEquals("prod", line.get("Stage").asText());
        assertEquals(1, line.get("RegistrationCreated").asLong());
        assertEquals("signup", line.get("function").asText());
        assertEquals("corr-1", line.get("correlationId").asText());
    }

    @Test
    void countsSeveralAtOnce() throws Exception {
        metrics.count(BusinessMetrics.MATCH_CREATED, 12, "corr-2");
        assertEquals(12, Json.MAPPER.readTree(lines().get(0)).get("MatchCreated").asLong());
    }

    @Test
    void refusesNamesThatWouldCollideWithTheLinesOwnKeys() {
        for (String bad : List.of("_aws", "function", "Stage", "Stage name", "")) {
            assertThrows(IllegalArgumentException.class, () -> metrics.count(bad, "c"), bad);
        }
    }
}
