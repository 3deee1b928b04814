package com.pairwise.shared.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchingRun;
import com.pairwise.shared.model.MatchingRunStatus;
import com.pairwise.shared.model.ProposedPair;
import com.pairwise.shared.model.UnmatchedPerson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Bulk matching runs: PK=RUN#id, SK=RUN holds status and progress; SK=CHUNK#00001.. hold the result as JSON text of
 * at most {@link #CHUNK_BYTES} each (DynamoDB items stop at 400 KB); SK=COMMITTED#pairId records each committed pair
 * ({@link RunPairMark}); commits themselves are {@link RunCommitStore}'s.
 */
public final class MatchingRunStore {
    static final int CHUNK_BYTES = 300 * 1024;
    private static final String CHUNK = "CHUNK#";
    private static final String COMMITTED = RunPairMark.COMMITTED;

    private final PairwiseTable table;

    public MatchingRunStore(PairwiseTable table) {
        this.table = table;
    }

    /** What a finished run proposes. */
    public record RunResult(List<ProposedPair> pairs, List<UnmatchedPerson> unmatched) {
        public RunResult {
            pairs = List.copyOf(pairs);
            unmatched = List.copyOf(unmatched);
        }
    }

    /** Stores a queued run and the event that starts its job, together. */
    public void create(MatchingRun run, List<DomainEvent> events) {
        List<GuardedWrite> writes = new ArrayList<>();
        writes.add(GuardedWrite.guarded(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                        .item(toItem(run)).conditionExpression("attribute_not_exists(PK)").build()).build(),
                "run-exists", "a run with this id exists already"));
        events.forEach(e -> writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), e))));
        GuardedWrite.commit(table.dynamo(), writes);
    }

    public Optional<MatchingRun> get(String runId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name()).consistentRead(true).key(key(runId, Keys.RUN_SK))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /**
     * Moves a queued run to running; false when another delivery of the job got there first. A run that has been
     * running without progress since {@code staleBefore} (its job died, e.g. on a timeout) is taken over.
     */
    public boolean start(String runId, Instant now, Instant staleBefore) {
        // updatedAt is kept as a number too (updatedAtMillis), so staleness compares exactly; instants as text may not.
        return update(runId, "SET #s = :running, updatedAt = :now, updatedAtMillis = :ms",
                "#s = :queued OR (#s = :running AND updatedAtMillis < :stale)", Map.of(
                        ":running", s(MatchingRunStatus.RUNNING.wire()), ":queued", s(MatchingRunStatus.QUEUED.wire()),
                        ":now", s(now.toString()), ":ms", n(now.toEpochMilli()), ":stale", n(staleBefore.toEpochMilli())));
    }

    public void progress(String runId, String phase, long done, long total, Instant now) {
        update(runId, "SET phase = :p, done = :d, #t = :t, updatedAt = :now, updatedAtMillis = :ms", "#s = :running", Map.of(
                ":p", s(phase), ":d", n(done), ":t", n(total), ":now", s(now.toString()), ":ms", n(now.toEpochMilli()),
                ":running", s(MatchingRunStatus.RUNNING.wire())));
    }

    /** Writes the result in chunks, then marks the run as a preview with its totals. */
    public void finish(String runId, RunResult result, long totalScore, Instant now) {
        List<String> chunks = chunk(result);
        for (int i = 0; i < chunks.size(); i++) {
            String sk = CHUNK + Keys.digits(i + 1, 5);
            String data = chunks.get(i);
            table.dynamo().putItem(b -> b.tableName(table.name()).item(Map.of(
                    TableDefinition.PK, s(Keys.matchingRun(runId)), TableDefinition.SK, s(sk),
                    "type", s("matchingRunChunk"), "data", s(data))));
        }
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":preview", s(MatchingRunStatus.PREVIEW.wire()));
        values.put(":running", s(MatchingRunStatus.RUNNING.wire()));
        values.put(":m", n(result.pairs().size()));
        values.put(":score", n(totalScore));
        values.put(":u", n(result.unmatched().size()));
        values.put(":c", n(chunks.size()));
        values.put(":now", s(now.toString()));
        update(runId, "SET #s = :preview, matched = :m, totalScore = :score, unmatched = :u, chunks = :c, updatedAt = :now",
                "#s = :running", values);
    }

    public void fail(String runId, String error, Instant now) {
        update(runId, "SET #s = :failed, #e = :e, updatedAt = :now", "attribute_exists(PK)", Map.of(
                ":failed", s(MatchingRunStatus.FAILED.wire()), ":e", s(error), ":now", s(now.toString())));
    }

    /** The proposed pairs and the unmatched, read back from the chunks. */
    public RunResult result(String runId) {
        List<ProposedPair> pairs = new ArrayList<>();
        List<UnmatchedPerson> unmatched = new ArrayList<>();
        for (Map<String, AttributeValue> item : items(runId, CHUNK)) {
            JsonNode data;
            try {
                data = JsonTree.read(item.get("data").s());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            data.path("pairs").forEach(p -> {
                List<String> reasons = new ArrayList<>();
                p.path("reasons").forEach(r -> reasons.add(r.asText()));
                pairs.add(new ProposedPair(p.get("pairId").asText(), p.get("mentorId").asText(), p.get("menteeId").asText(),
                        p.get("score").asInt(), reasons));
            });
            data.path("unmatched").forEach(u -> unmatched.add(new UnmatchedPerson(u.get("userId").asText(),
                    u.get("rule").asText(), u.get("reason").asText())));
        }
        return new RunResult(pairs, unmatched);
    }

    public Set<String> committedPairIds(String runId) {
        Set<String> ids = new HashSet<>();
        items(runId, COMMITTED).forEach(item -> ids.add(item.get(TableDefinition.SK).s().substring(COMMITTED.length())));
        return ids;
    }

    static List<String> chunk(RunResult result) {
        List<String> chunks = new ArrayList<>();
        ObjectNode current = newChunk();
        int size = 0;
        List<ObjectNode> entries = new ArrayList<>();
        for (ProposedPair p : result.pairs()) {
            ObjectNode o = JsonTree.object();
            o.put("pairId", p.pairId());
            o.put("mentorId", p.mentorId());
            o.put("menteeId", p.menteeId());
            o.put("score", p.score());
            ArrayNode reasons = o.putArray("reasons");
            p.reasons().forEach(reasons::add);
            entries.add(o);
        }
        for (UnmatchedPerson u : result.unmatched()) {
            ObjectNode o = JsonTree.object();
            o.put("userId", u.userId());
            o.put("rule", u.rule());
            o.put("reason", u.reason());
            entries.add(o);
        }
        for (ObjectNode entry : entries) {
            int bytes = JsonTree.write(entry).getBytes(StandardCharsets.UTF_8).length + 1;
            if (size + bytes > CHUNK_BYTES && size > 0) {
                chunks.add(JsonTree.write(current));
                current = newChunk();
                size = 0;
            }
            ((ArrayNode) current.get(entry.has("pairId") ? "pairs" : "unmatched")).add(entry);
            size += bytes;
        }
        chunks.add(JsonTree.write(current));
        return chunks;
    }

    private static ObjectNode newChunk() {
        ObjectNode o = JsonTree.object();
        o.putArray("pairs");
        o.putArray("unmatched");
        return o;
    }

    private List<Map<String, AttributeValue>> items(String runId, String prefix) {
        return items(table, runId, prefix);
    }

    /** A run's items whose sort key starts with {@code prefix}, in key order (consistent). */
    static List<Map<String, AttributeValue>> items(PairwiseTable table, String runId, String prefix) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).consistentRead(true)
                        .keyConditionExpression("PK = :p AND begins_with(SK, :s)")
                        .expressionAttributeValues(Map.of(":p", s(Keys.matchingRun(runId)), ":s", s(prefix))).build())
                .items().forEach(out::add);
        return out;
    }

    private boolean update(String runId, String expression, String condition, Map<String, AttributeValue> values) {
        Map<String, String> names = new HashMap<>();
        String all = expression + " " + condition;
        if (all.contains("#s")) {
            names.put("#s", "status");
        }
        if (all.contains("#t")) {
            names.put("#t", "total");
        }
        if (all.contains("#e")) {
            names.put("#e", "error");
        }
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name()).key(key(runId, Keys.RUN_SK))
                    .updateExpression(expression).conditionExpression(condition)
                    .expressionAttributeNames(names.isEmpty() ? null : names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException notInThatState) {
            return false;
        }
    }

    private static Map<String, AttributeValue> toItem(MatchingRun r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableDefinition.PK, s(Keys.matchingRun(r.id())));
        item.put(TableDefinition.SK, s(Keys.RUN_SK));
        item.put("type", s("matchingRun"));
        item.put("id", s(r.id()));
        item.put("programId", s(r.programId()));
        item.put("status", s(r.status().wire()));
        item.put("createdBy", s(r.createdBy()));
        item.put("createdAt", s(r.createdAt().toString()));
        item.put("updatedAt", s(r.updatedAt().toString()));
        item.put("updatedAtMillis", n(r.updatedAt().toEpochMilli()));
        item.put(TableDefinition.GSI2_PK, s(Keys.programRuns(r.programId())));
        item.put(TableDefinition.GSI2_SK, s(r.createdAt() + "#" + r.id()));
        return item;
    }

    private static MatchingRun fromItem(Map<String, AttributeValue> i) {
        return new MatchingRun(i.get("id").s(), i.get("programId").s(), Values.wireEnum(MatchingRunStatus.class, i.get("status").s()),
                i.get("createdBy").s(), Instant.parse(i.get("createdAt").s()), Instant.parse(i.get("updatedAt").s()),
                text(i, "phase"), number(i, "done"), number(i, "total"), (int) number(i, "matched"), number(i, "totalScore"),
                (int) number(i, "unmatched"), (int) number(i, "chunks"), text(i, "error"), RunCommitStore.commitOf(i));
    }

    private static String text(Map<String, AttributeValue> i, String name) {
        AttributeValue v = i.get(name);
        return v == null ? null : v.s();
    }

    private static long number(Map<String, AttributeValue> i, String name) {
        AttributeValue v = i.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    private static Map<String, AttributeValue> key(String runId, String sk) {
        return Map.of(TableDefinition.PK, s(Keys.matchingRun(runId)), TableDefinition.SK, s(sk));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }
}
