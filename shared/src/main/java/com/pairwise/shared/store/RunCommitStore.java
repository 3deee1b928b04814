package com.pairwise.shared.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchingRunCommit;
import com.pairwise.shared.model.MatchingRunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A run's commit, done by a background job in chunks. The run item (SK=RUN) holds the commit's id, its position in
 * the plan and its counters; SK=PLAN#commitId#00001.. hold the plan (the pairs to start, in order, as JSON text of at
 * most {@link MatchingRunStore#CHUNK_BYTES} each); SK=FAILED#commitId#pairId the pairs that could not start and why.
 * A worker advances the position only from the value it read ({@link #advance}), so of two workers on one chunk
 * exactly one moves on and counts it; each pair itself is started at most once by {@link RunPairMark}.
 */
public final class RunCommitStore {
    private static final String PLAN = "PLAN#";
    private static final String FAILED = "FAILED#";

    private final PairwiseTable table;

    public RunCommitStore(PairwiseTable table) {
        this.table = table;
    }

    /** One pair a commit sets out to start. */
    public record PlannedPair(String pairId, String mentorId, String menteeId) {
    }

    /** A planned pair that could not start, with the conflict's code and words. */
    public record Failure(String pairId, String mentorId, String menteeId, String code, String reason) {
    }

    /**
     * Stores the plan and moves the run to committing with the job's event, in one transaction. A run that is
     * committing but has not advanced since {@code staleBefore} (its job died) is taken over.
     *
     * @throws ConflictException {@code commit-in-progress} when the run is committing, {@code run-not-ready} when it
     *                           holds no preview (checked by the caller first; this is the race's answer)
     */
    public void begin(String runId, MatchingRunCommit commit, List<PlannedPair> plan, DomainEvent job, Instant now, Instant staleBefore) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":committing", s(MatchingRunStatus.COMMITTING.wire()));
        values.put(":preview", s(MatchingRunStatus.PREVIEW.wire()));
        values.put(":committed", s(MatchingRunStatus.COMMITTED.wire()));
        values.put(":stale", n(staleBefore.toEpochMilli()));
        values.put(":id", s(commit.id()));
        values.put(":by", s(commit.requestedBy()));
        values.put(":at", s(commit.requestedAt().toString()));
        values.put(":todo", n(plan.size()));
        values.put(":zero", n(0));
        values.put(":phase", s("commit"));
        values.put(":now", s(now.toString()));
        values.put(":ms", n(now.toEpochMilli()));
        List<GuardedWrite> writes = new ArrayList<>();
        writes.add(GuardedWrite.guarded(TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(runKey(runId))
                        .updateExpression("SET #s = :committing, commitId = :id, commitBy = :by, commitAt = :at, commitToDo = :todo,"
                                + " commitPosition = :zero, commitDone = :zero, commitFailed = :zero, commitWaitlisted = :zero,"
                                + " phase = :phase, done = :zero, #t = :todo, updatedAt = :now, updatedAtMillis = :ms REMOVE commitFinishedAt")
                        .conditionExpression("#s = :preview OR #s = :committed OR (#s = :committing AND updatedAtMillis < :stale)")
                        .expressionAttributeNames(Map.of("#s", "status", "#t", "total"))
                        .expressionAttributeValues(values).build()).build(),
                "commit-in-progress", "a commit of this run is under way; follow its progress on the run"));
        List<String> chunks = chunk(plan);
        for (int i = 0; i < chunks.size(); i++) {
            writes.add(GuardedWrite.plain(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(Map.of(
                    TableDefinition.PK, s(Keys.matchingRun(runId)), TableDefinition.SK, s(planKey(commit.id(), i + 1)),
                    "type", s("matchingRunPlan"), "data", s(chunks.get(i)))).build()).build()));
        }
        writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), job)));
        GuardedWrite.commit(table.dynamo(), writes);
    }

    /** The commit's plan, in order. */
    public List<PlannedPair> plan(String runId, String commitId) {
        List<PlannedPair> plan = new ArrayList<>();
        for (Map<String, AttributeValue> item : items(runId, PLAN + commitId + "#")) {
            JsonNode data;
            try {
                data = JsonTree.read(item.get("data").s());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            data.forEach(p -> plan.add(new PlannedPair(p.get(0).asText(), p.get(1).asText(), p.get(2).asText())));
        }
        return plan;
    }

    /** Remembers pairs that could not start (idempotent: a second worker writes the same items). */
    public void failed(String runId, String commitId, List<Failure> failures) {
        for (Failure f : failures) {
            table.dynamo().putItem(b -> b.tableName(table.name()).item(Map.of(
                    TableDefinition.PK, s(Keys.matchingRun(runId)), TableDefinition.SK, s(FAILED + commitId + "#" + f.pairId()),
                    "type", s("commitFailure"), "pairId", s(f.pairId()), "mentorId", s(f.mentorId()), "menteeId", s(f.menteeId()),
                    "code", s(f.code()), "reason", s(f.reason()))));
        }
    }

    /** The pairs of a commit that could not start, in pair id order. */
    public List<Failure> failures(String runId, String commitId) {
        List<Failure> out = new ArrayList<>();
        items(runId, FAILED + commitId + "#").forEach(i -> out.add(new Failure(i.get("pairId").s(), i.get("mentorId").s(),
                i.get("menteeId").s(), i.get("code").s(), i.get("reason").s())));
        return out;
    }

    /**
     * Moves the commit from position {@code from} to {@code to}, adding the chunk's counts, and queues {@code next}
     * (the job's continuation, may be null) in the same transaction.
     *
     * @return false when the commit was not at {@code from} any more (another worker moved it, or it was taken over)
     */
    public boolean advance(String runId, String commitId, int from, int to, int committed, int failed, DomainEvent next, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":committing", s(MatchingRunStatus.COMMITTING.wire()));
        values.put(":id", s(commitId));
        values.put(":from", n(from));
        values.put(":to", n(to));
        values.put(":c", n(committed));
        values.put(":f", n(failed));
        values.put(":now", s(now.toString()));
        values.put(":ms", n(now.toEpochMilli()));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(runKey(runId))
                .updateExpression("SET commitPosition = :to, done = :to, commitDone = commitDone + :c, commitFailed = commitFailed + :f,"
                        + " updatedAt = :now, updatedAtMillis = :ms")
                .conditionExpression("#s = :committing AND commitId = :id AND commitPosition = :from")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(values).build()).build());
        if (next != null) {
            writes.add(OutboxItem.put(table.name(), next));
        }
        return Transactions.write(table.dynamo(), writes).isEmpty();
    }

    /**
     * Ends a commit whose plan is all dealt with. @return false when it was finished (or taken over) already
     */
    public boolean finish(String runId, String commitId, int waitlisted, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":committing", s(MatchingRunStatus.COMMITTING.wire()));
        values.put(":committed", s(MatchingRunStatus.COMMITTED.wire()));
        values.put(":id", s(commitId));
        values.put(":w", n(waitlisted));
        values.put(":now", s(now.toString()));
        values.put(":ms", n(now.toEpochMilli()));
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name()).key(runKey(runId))
                    .updateExpression("SET #s = :committed, commitWaitlisted = :w, commitFinishedAt = :now, updatedAt = :now, updatedAtMillis = :ms")
                    .conditionExpression("#s = :committing AND commitId = :id AND commitPosition = commitToDo")
                    .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(values));
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException notNow) {
            return false;
        }
    }

    /** The commit recorded on a run item; null before the first. */
    static MatchingRunCommit commitOf(Map<String, AttributeValue> i) {
        AttributeValue id = i.get("commitId");
        if (id == null) {
            return null;
        }
        AttributeValue finished = i.get("commitFinishedAt");
        return new MatchingRunCommit(id.s(), i.get("commitBy").s(), Instant.parse(i.get("commitAt").s()), number(i, "commitToDo"),
                number(i, "commitPosition"), number(i, "commitDone"), number(i, "commitFailed"), number(i, "commitWaitlisted"),
                finished == null ? null : Instant.parse(finished.s()));
    }

    static List<String> chunk(List<PlannedPair> plan) {
        List<String> chunks = new ArrayList<>();
        ArrayNode current = JsonTree.array();
        int size = 0;
        for (PlannedPair p : plan) {
            ArrayNode entry = JsonTree.array().add(p.pairId()).add(p.mentorId()).add(p.menteeId());
            int bytes = JsonTree.write(entry).getBytes(StandardCharsets.UTF_8).length + 1;
            if (size + bytes > MatchingRunStore.CHUNK_BYTES && size > 0) {
                chunks.add(JsonTree.write(current));
                current = JsonTree.array();
                size = 0;
            }
            current.add(entry);
            size += bytes;
        }
        chunks.add(JsonTree.write(current));
        return chunks;
    }

    private List<Map<String, AttributeValue>> items(String runId, String prefix) {
        return MatchingRunStore.items(table, runId, prefix);
    }

    private static String planKey(String commitId, int n) {
        return PLAN + commitId + "#" + Keys.digits(n, 5);
    }

    private static Map<String, AttributeValue> runKey(String runId) {
        return Map.of(TableDefinition.PK, s(Keys.matchingRun(runId)), TableDefinition.SK, s(Keys.RUN_SK));
    }

    private static int number(Map<String, AttributeValue> i, String name) {
        AttributeValue v = i.get(name);
        return v == null || v.n() == null ? 0 : Integer.parseInt(v.n());
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }
}
