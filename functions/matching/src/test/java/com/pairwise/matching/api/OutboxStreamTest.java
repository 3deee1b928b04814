package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.OutboxDelivery;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.testing.SampleEvents;
import com.pairwise.testing.SharedDynamoDb;
import com.pairwise.testing.TableStreams;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events as the stack delivers them: a request only commits its outbox entry, and the table's stream, read from
 * DynamoDB Local's own stream, hands the entry to this function, which sends it to the bus and clears it.
 */
class OutboxStreamTest {
    private final MatchingHarness api = new MatchingHarness(OutboxDelivery.BY_STREAM);
    private final TableStreams stream = TableStreams.enable(SharedDynamoDb.instance(), api.table.dynamo(), api.table.name());
    private final Program program = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
    private final OutboxStore outbox = new OutboxStore(api.table);

    @AfterEach
    void closeStream() {
        stream.close();
    }

    private String startRun() {
        Response started = api.call(Person.user("coord"), "POST /programs/{programId}/matching-runs", Map.of("programId", program.id()), null);
        assertEquals(202, started.status(), started.toString());
        return started.body().get("id").asText();
    }

    @Test
    void theRequestOnlyCommitsTheEntryAndTheStreamRelaysItOnce() {
        String runId = startRun();
        assertEquals(0, api.events.events.size(), "nothing is sent on the request path");
        assertEquals(1, outbox.unsent(100).size());

        ObjectNode batch = stream.nextBatch();
        assertTrue(batch.get("Records").size() > 1, "the stream carries every write, not only the outbox entry: " + batch);
        assertEquals(0, api.invoke(batch).status(), "a stream batch answers {}");

        assertEquals(1, api.events.events.size());
        assertEquals("MatchingRunRequested", api.events.events.get(0).detailType());
        assertEquals("pairwise.matching", api.events.events.get(0).source());
        assertEquals(runId, api.events.events.get(0).detail().get("runId").asText());
        assertEquals(0, outbox.unsent(100).size(), "a relayed entry is cleared");
        assertTrue(logText().contains("\"job\":\"outbox-stream\",\"records\":" + batch.get("Records").size() + ",\"entries\":1,\"sent\":1"),
                logText());

        // The relay's own delete is on the stream too; it is not a new entry, so nothing is sent again.
        ObjectNode next = stream.nextBatch();
        assertTrue(next.get("Records").size() > 0);
        api.invoke(next);
        assertEquals(1, api.events.events.size());

        // The relayed job runs as the bus would deliver it.
        assertEquals(1, api.deliverJobs());
        JsonNode run = api.call(Person.user("coord"), "GET /matching-runs/{runId}", Map.of("runId", runId), null).body();
        assertEquals("preview", run.get("status").asText(), run.toString());
    }

    @Test
    void anEntryTheBusRefusedStaysForTheDrainWhichLeavesYoungEntriesToTheStream() {
        startRun();
        api.events.failing(true);
        api.invoke(stream.nextBatch());
        api.events.failing(false);
        assertEquals(0, api.events.events.size());
        assertEquals(1, outbox.unsent(100).size(), "refused: still in the outbox");
        assertTrue(logText().contains("\"entries\":1,\"sent\":0"), logText());

        startRun(); // a second, fresh entry the stream has not relayed yet
        drain();
        assertEquals(0, api.events.events.size(), "within the grace the drain leaves entries to the stream");

        assertFalse(logText().contains(EventRelay.DRAINED), "nothing sent late yet");

        api.clock.advance(EventRelay.STREAM_GRACE.plus(Duration.ofSeconds(1)));
        drain();
        assertEquals(2, api.events.events.size(), "past the grace the drain sends both");
        assertEquals(0, outbox.unsent(100).size());
        assertTrue(logText().contains("\"event\":\"outbox-drained\",\"sent\":2"), "sent late, so counted: " + logText());
    }

    @Test
    void theSampleBatchRelaysItsOneNewEntryAndSkipsTheOtherRecords() {
        ObjectNode sample = SampleEvents.read("matching", "outbox-stream.json",
                Map.of("EVENT_ID", "evt_sample1", "RUN_ID", "run_sample1", "PROGRAM_ID", program.id()));
        api.invoke(sample);
        assertEquals(1, api.events.events.size());
        assertEquals("MatchingRunRequested", api.events.events.get(0).detailType());
        assertEquals("run_sample1", api.events.events.get(0).detail().get("runId").asText());
        assertTrue(logText().contains("\"records\":3,\"entries\":1,\"sent\":1"), logText());
    }

    private void drain() {
        ObjectNode job = JsonTree.object();
        job.put("pairwiseJob", "outbox-drain");
        api.invoke(job);
    }

    private String logText() {
        return api.log.toString(StandardCharsets.UTF_8);
    }
}
