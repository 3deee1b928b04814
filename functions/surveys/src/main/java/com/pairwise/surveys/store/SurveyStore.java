package com.pairwise.surveys.store;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.Transactions;
import com.pairwise.surveys.domain.Audience;
import com.pairwise.surveys.domain.DueSurvey;
import com.pairwise.surveys.domain.ShippedTemplates;
import com.pairwise.surveys.domain.SurveyDefinition;
import com.pairwise.surveys.domain.SurveyInstance;
import com.pairwise.surveys.domain.SurveyResponse;
import com.pairwise.surveys.domain.SurveySettings;
import com.pairwise.surveys.domain.TrackedRelationship;
import com.pairwise.surveys.domain.Trigger;
import com.pairwise.surveys.domain.TriggerEvent;
import com.pairwise.shared.model.WireEnum;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Survey settings, instances, responses, report counters, relationship flags and the dispatch schedule. Writes that
 * belong together (an answer, its counters and flags; an instance and its sent counters) are one transaction.
 */
public final class SurveyStore {
    /** String set on the program's counter item: {@code relationshipId#userId} of everyone whose latest answer asks for a check-in. */
    private static final String NEEDS_CHECK_IN = "needs_check_in";
    /** On a tracked relationship: meetings held so far, moved only from the value read (see {@link #recordMeeting}). */
    private static final String MEETINGS = "meetingsHeld";
    private final DynamoDbClient dynamo;
    private final String table;
    private final ShippedTemplates templates;

    public SurveyStore(PairwiseTable pairwise, ShippedTemplates templates) {
        this.dynamo = pairwise.dynamo();
        this.table = pairwise.name();
        this.templates = templates;
    }

    // ---- settings ----

    public Optional<SurveySettings> settings(String programId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(Keys.program(programId), SurveyKeys.SETTINGS_SK))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        List<SurveyDefinition> surveys = item.get("surveys").l().stream().map(v -> {
            Map<String, AttributeValue> m = v.m();
            Integer every = m.containsKey("everyDays") ? Integer.valueOf(m.get("everyDays").n()) : null;
            return new SurveyDefinition(m.get("id").s(), m.get("template").s(), m.get("anonymous").bool(),
                    wire(Audience.class, m.get("audience").s()),
                    new Trigger(wire(TriggerEvent.class, m.get("on").s()), Integer.parseInt(m.get("afterDays").n()), every));
        }).collect(Collectors.toList());
        return Optional.of(new SurveySettings(Integer.parseInt(item.get("editWindowHours").n()), surveys, true,
                Long.parseLong(item.get("version").n())));
    }

    /** Saves the program's settings if nobody saved others since {@code expectedVersion} was read (0: none saved yet). */
    public SurveySettings saveSettings(String programId, SurveySettings settings, long expectedVersion) {
        List<AttributeValue> surveys = new ArrayList<>();
        for (SurveyDefinition s : settings.surveys()) {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("id", AttributeValue.fromS(s.id()));
            m.put("template", AttributeValue.fromS(s.template()));
            m.put("anonymous", AttributeValue.fromBool(s.anonymous()));
            m.put("audience", AttributeValue.fromS(s.audience().wire()));
            m.put("on", AttributeValue.fromS(s.trigger().on().wire()));
            m.put("afterDays", AttributeValue.fromN(Integer.toString(s.trigger().afterDays())));
            if (s.trigger().everyDays() != null) {
                m.put("everyDays", AttributeValue.fromN(Integer.toString(s.trigger().everyDays())));
            }
            surveys.add(AttributeValue.fromM(m));
        }
        long next = expectedVersion + 1;
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.program(programId), SurveyKeys.SETTINGS_SK));
        item.put("type", AttributeValue.fromS("survey-settings"));
        item.put("editWindowHours", AttributeValue.fromN(Integer.toString(settings.editWindowHours())));
        item.put("surveys", AttributeValue.fromL(surveys));
        item.put("version", AttributeValue.fromN(Long.toString(next)));
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (expectedVersion == 0) {
            put.conditionExpression("attribute_not_exists(PK)");
        } else {
            put.conditionExpression("version = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion))));
        }
        if (Transactions.write(dynamo, List.of(TransactWriteItem.builder().put(put.build()).build())).isPresent()) {
            throw new ConflictException("concurrent-change", "the program's surveys changed since version " + expectedVersion
                    + " was read; read them again and retry");
        }
        return new SurveySettings(settings.editWindowHours(), settings.surveys(), true, next);
    }

    // ---- relationships, from matching's events ----

    /**
     * Records a started relationship with its first scheduled surveys and counter changes, once: a redelivered event
     * finds it recorded and changes nothing.
     *
     * @param counters changes per region ({@code null} key: the program as a whole; see {@link #ALL})
     * @return false when it was recorded before
     */
    public boolean recordStart(TrackedRelationship r, List<DueSurvey> due, Map<String, Map<String, Long>> counters) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.program(r.programId()), SurveyKeys.tracked(r.relationshipId())));
        item.put("type", AttributeValue.fromS("survey-relationship"));
        item.put("mentorId", AttributeValue.fromS(r.mentorId()));
        item.put("menteeIds", strings(r.menteeIds()));
        item.put("seekerRegions", strings(r.seekerRegions()));
        item.put("startedAt", AttributeValue.fromS(r.startedAt().toString()));
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        due.forEach(d -> writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(dueItem(d)).build()).build()));
        writes.addAll(add(r.programId(), counters, null, List.of()));
        return Transactions.write(dynamo, writes).isEmpty();
    }

    public Optional<TrackedRelationship> relationship(String programId, String relationshipId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(Keys.program(programId), SurveyKeys.tracked(relationshipId)))).item();
        if (item == null || item.isEmpty() || !item.containsKey("startedAt")) {
            return Optional.empty();
        }
        return Optional.of(new TrackedRelationship(programId, relationshipId, item.get("mentorId").s(),
                AnswerAttributes.strings(item.get("menteeIds")), AnswerAttributes.strings(item.get("seekerRegions")),
                Instant.parse(item.get("startedAt").s()), item.containsKey("endedAt") ? Instant.parse(item.get("endedAt").s()) : null,
                item.containsKey(MEETINGS) ? Integer.parseInt(item.get(MEETINGS).n()) : 0));
    }

    /**
     * Marks a relationship ended, once, with its counter changes and the surveys due some days after the end.
     *
     * @param known the relationship as recorded before, or null when its start was never seen (the end arrived
     *              first; the start is then ignored when it comes)
     * @return false when something recorded meanwhile got in the way (ended already, or the start just arrived)
     */
    public boolean recordEnd(TrackedRelationship r, TrackedRelationship known, List<DueSurvey> due,
                             Map<String, Map<String, Long>> counters) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":e", AttributeValue.fromS(r.endedAt().toString()),
                ":t", AttributeValue.fromS("survey-relationship"), ":m", AttributeValue.fromS(r.mentorId()),
                ":ms", strings(r.menteeIds()), ":s", AttributeValue.fromS(r.startedAt().toString()),
                ":none", AttributeValue.fromL(List.of())));
        Map<String, String> names = new HashMap<>(Map.of("#t", "type"));
        // The meetings moved out of the active counters are those read: a meeting counted meanwhile makes this fail.
        String condition = known == null ? "attribute_not_exists(PK)"
                : "attribute_exists(startedAt) AND attribute_not_exists(endedAt) AND " + meetingsAre(known.meetingsHeld(), names, values);
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(key(Keys.program(r.programId()), SurveyKeys.tracked(r.relationshipId())))
                .updateExpression("SET endedAt = :e, #t = :t, mentorId = :m, menteeIds = :ms, startedAt = if_not_exists(startedAt, :s), "
                        + "seekerRegions = if_not_exists(seekerRegions, :none)")
                .expressionAttributeNames(names)
                .conditionExpression(condition)
                .expressionAttributeValues(values)
                .build()).build());
        due.forEach(d -> writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(dueItem(d)).build()).build()));
        // Nothing left to check in on: its participants' flags go with the end.
        List<String> flags = r.participants().stream().map(u -> flag(r.relationshipId(), u)).collect(Collectors.toList());
        writes.addAll(add(r.programId(), counters, null, flags));
        return Transactions.write(dynamo, writes).isEmpty();
    }

    /** The ordinal of a meeting counted before (1: the relationship's first), or empty when it was not. */
    public OptionalInt countedMeeting(String programId, String meetingId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(Keys.program(programId), SurveyKeys.meetingHeld(meetingId)))).item();
        return item == null || item.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(item.get("ordinal").n()));
    }

    /**
     * Counts a held meeting as the relationship's next one, in one transaction: the meeting's marker (so a redelivered
     * event counts nothing), the relationship's count moved on from the value in {@code known}, the counter changes
     * and the surveys due some days after it.
     *
     * @return false when something recorded meanwhile got in the way (this meeting or another counted, or the end)
     */
    public boolean recordMeeting(TrackedRelationship known, String meetingId, Instant heldAt, List<DueSurvey> due,
                                 Map<String, Map<String, Long>> counters) {
        int ordinal = known.meetingsHeld() + 1;
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, AttributeValue> marker = new HashMap<>(key(Keys.program(known.programId()), SurveyKeys.meetingHeld(meetingId)));
        marker.put("type", AttributeValue.fromS("survey-meeting-held"));
        marker.put("relationshipId", AttributeValue.fromS(known.relationshipId()));
        marker.put("ordinal", AttributeValue.fromN(Integer.toString(ordinal)));
        marker.put("heldAt", AttributeValue.fromS(heldAt.toString()));
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(marker)
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":n", AttributeValue.fromN(Integer.toString(ordinal))));
        String condition = "attribute_exists(startedAt) AND " + (known.isActive() ? "attribute_not_exists(endedAt)" : "attribute_exists(endedAt)")
                + " AND " + meetingsAre(known.meetingsHeld(), names, values);
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(key(Keys.program(known.programId()), SurveyKeys.tracked(known.relationshipId())))
                .updateExpression("SET #mh = :n").conditionExpression(condition)
                .expressionAttributeNames(names).expressionAttributeValues(values).build()).build());
        due.forEach(d -> writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(dueItem(d)).build()).build()));
        writes.addAll(add(known.programId(), counters, null, List.of()));
        return Transactions.write(dynamo, writes).isEmpty();
    }

    /** Condition that the relationship's meeting count is still {@code read}; adds the name {@code #mh} and value {@code :mr}. */
    private static String meetingsAre(int read, Map<String, String> names, Map<String, AttributeValue> values) {
        names.put("#mh", MEETINGS);
        if (read == 0) {
            return "attribute_not_exists(#mh)";
        }
        values.put(":mr", AttributeValue.fromN(Integer.toString(read)));
        return "#mh = :mr";
    }

    // ---- the schedule ----

    /** Scheduled surveys due by {@code now}, oldest first; reads this month's and last month's due partitions only. */
    public List<DueSurvey> dueBy(Instant now) {
        List<DueSurvey> out = new ArrayList<>();
        Instant lastMonth = now.atZone(java.time.ZoneOffset.UTC).minusMonths(1).toInstant();
        for (Instant month : List.of(lastMonth, now)) {
            dynamo.queryPaginator(QueryRequest.builder().tableName(table).indexName(TableDefinition.GSI2)
                            .keyConditionExpression("GSI2PK = :m AND GSI2SK <= :now")
                            .expressionAttributeValues(Map.of(":m", AttributeValue.fromS(SurveyKeys.dueMonth(month)),
                                    ":now", AttributeValue.fromS(now.toString() + "\uffff")))
                            .build())
                    .items().forEach(item -> {
                        Instant dueAt = Instant.parse(item.get("dueAt").s());
                        if (!dueAt.isAfter(now)) {
                            out.add(new DueSurvey(item.get("programId").s(), item.get("relationshipId").s(), item.get("surveyId").s(),
                                    Integer.parseInt(item.get("occurrence").n()), dueAt));
                        }
                    });
        }
        return out;
    }

    /** Replaces a handled due entry with the next occurrence (or nothing), unless it changed meanwhile. */
    public void reschedule(DueSurvey done, DueSurvey next) {
        List<TransactWriteItem> writes = new ArrayList<>();
        if (next == null) {
            writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(key(Keys.program(done.programId()), SurveyKeys.due(done.relationshipId(), done.surveyId())))
                    .conditionExpression("occurrence = :n")
                    .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(done.occurrence())))).build()).build());
        } else {
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(dueItem(next))
                    .conditionExpression("occurrence = :n")
                    .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(done.occurrence())))).build()).build());
        }
        Transactions.write(dynamo, writes); // a failed condition means another run moved it on already
    }

    private Map<String, AttributeValue> dueItem(DueSurvey d) {
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.program(d.programId()), SurveyKeys.due(d.relationshipId(), d.surveyId())));
        item.put(TableDefinition.GSI2_PK, AttributeValue.fromS(SurveyKeys.dueMonth(d.dueAt())));
        item.put(TableDefinition.GSI2_SK, AttributeValue.fromS(d.dueAt() + "#" + d.programId() + "#" + d.relationshipId() + "#" + d.surveyId()));
        item.put("type", AttributeValue.fromS("survey-due"));
        item.put("programId", AttributeValue.fromS(d.programId()));
        item.put("relationshipId", AttributeValue.fromS(d.relationshipId()));
        item.put("surveyId", AttributeValue.fromS(d.surveyId()));
        item.put("occurrence", AttributeValue.fromN(Integer.toString(d.occurrence())));
        item.put("dueAt", AttributeValue.fromS(d.dueAt().toString()));
        return item;
    }

    // ---- instances ----

    /**
     * Stores a new instance and counts it as sent, with {@code events} (its reminder) in the outbox in the same
     * transaction; false when it exists already (sent before), and then no event is written either.
     */
    public boolean send(SurveyInstance i, List<DomainEvent> events) {
        Map<String, AttributeValue> item = new HashMap<>(key(SurveyKeys.instance(i.id()), SurveyKeys.INSTANCE_SK));
        item.put(TableDefinition.GSI1_PK, AttributeValue.fromS(Keys.user(i.userId())));
        item.put(TableDefinition.GSI1_SK, AttributeValue.fromS(SurveyKeys.userSurvey(i.sentAt(), i.id())));
        if (!i.anonymous()) {
            item.put(TableDefinition.GSI2_PK, AttributeValue.fromS(SurveyKeys.openIn(i.programId())));
            item.put(TableDefinition.GSI2_SK, AttributeValue.fromS(i.sentAt() + "#" + i.id()));
        }
        item.put("type", AttributeValue.fromS("survey-instance"));
        item.put("id", AttributeValue.fromS(i.id()));
        item.put("programId", AttributeValue.fromS(i.programId()));
        item.put("surveyId", AttributeValue.fromS(i.surveyId()));
        item.put("templateId", AttributeValue.fromS(i.templateId()));
        item.put("relationshipId", AttributeValue.fromS(i.relationshipId()));
        item.put("userId", AttributeValue.fromS(i.userId()));
        item.put("role", AttributeValue.fromS(i.role()));
        if (i.region() != null) {
            item.put("region", AttributeValue.fromS(i.region()));
        }
        item.put("language", AttributeValue.fromS(i.language()));
        item.put("skills", strings(i.skills()));
        item.put("anonymous", AttributeValue.fromBool(i.anonymous()));
        item.put("occurrence", AttributeValue.fromN(Integer.toString(i.occurrence())));
        item.put("sentAt", AttributeValue.fromS(i.sentAt().toString()));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        writes.addAll(add(i.programId(), i.region(), Map.of(com.pairwise.surveys.domain.Counters.sent(i.surveyId()), 1L), null, List.of()));
        events.forEach(e -> writes.add(OutboxStore.entry(table, e)));
        return Transactions.write(dynamo, writes).isEmpty();
    }

    public Optional<SurveyInstance> instance(String instanceId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(SurveyKeys.instance(instanceId), SurveyKeys.INSTANCE_SK))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toInstance(item));
    }

    /** A person's instances, newest first (GSI1). */
    public List<SurveyInstance> byUser(String userId, int limit) {
        return dynamo.queryPaginator(QueryRequest.builder().tableName(table).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("GSI1PK = :u AND begins_with(GSI1SK, :s)")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(Keys.user(userId)),
                                ":s", AttributeValue.fromS(SurveyKeys.USER_SURVEY_PREFIX)))
                        .scanIndexForward(false).limit(limit).build())
                .items().stream().limit(limit).map(SurveyStore::toInstance).collect(Collectors.toList());
    }

    /** A program's open non-anonymous instances, newest first, at most {@code limit} (GSI2). */
    public List<SurveyInstance> openIn(String programId, int limit) {
        QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table).indexName(TableDefinition.GSI2)
                .keyConditionExpression("GSI2PK = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(SurveyKeys.openIn(programId))))
                .scanIndexForward(false).limit(limit).build());
        return page.items().stream().map(SurveyStore::toInstance).collect(Collectors.toList());
    }

    private static SurveyInstance toInstance(Map<String, AttributeValue> item) {
        return new SurveyInstance(item.get("id").s(), item.get("programId").s(), item.get("surveyId").s(), item.get("templateId").s(),
                item.get("relationshipId").s(), item.get("userId").s(), item.get("role").s(),
                item.containsKey("region") ? item.get("region").s() : null, item.get("language").s(),
                AnswerAttributes.strings(item.get("skills")), item.get("anonymous").bool(),
                Integer.parseInt(item.get("occurrence").n()), Instant.parse(item.get("sentAt").s()),
                item.containsKey("answeredAt") ? Instant.parse(item.get("answeredAt").s()) : null);
    }

    // ---- answers ----

    /**
     * What an answer changes besides the response itself.
     *
     * @param counters     report counter changes, applied to the program and to the instance's region
     * @param needsCheckIn empty: leave the relationship flag alone; true: flag it; false: clear this person's flag
     * @param baseline     skills-before ratings to keep for pairing with skills-after, or null
     */
    public record AnswerEffects(Map<String, Long> counters, Optional<Boolean> needsCheckIn, Map<String, Integer> baseline) {
    }

    /**
     * Stores the first answer to an instance. A non-anonymous answer is kept under the instance's id; an anonymous
     * one under a random id with no person, relationship or instance in it, and the day instead of the time.
     *
     * {@code events} (the withdrawal of its reminder) go to the outbox in the same transaction.
     *
     * @throws ConflictException {@code already-answered}
     */
    public void answer(SurveyInstance i, SurveyResponse response, AnswerEffects effects, List<DomainEvent> events) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(key(SurveyKeys.instance(i.id()), SurveyKeys.INSTANCE_SK))
                .updateExpression("SET answeredAt = :now REMOVE GSI2PK, GSI2SK")
                .conditionExpression("attribute_exists(PK) AND attribute_not_exists(answeredAt)")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(response.submittedAt().toString())))
                .build()).build());
        Map<String, AttributeValue> item;
        if (i.anonymous()) {
            item = new HashMap<>(key(Keys.program(i.programId()), SurveyKeys.ANONYMOUS_PREFIX + UUID.randomUUID()));
            item.put("type", AttributeValue.fromS("survey-answer-anonymous"));
            item.put("surveyId", AttributeValue.fromS(i.surveyId()));
            item.put("templateId", AttributeValue.fromS(i.templateId()));
            item.put("submittedOn", AttributeValue.fromS(response.submittedAt().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10)));
            item.put("answers", AnswerAttributes.write(response.answers()));
        } else {
            item = responseItem(response);
        }
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        writes.addAll(effects(i, effects));
        events.forEach(e -> writes.add(OutboxStore.entry(table, e)));
        OptionalInt failed = Transactions.write(dynamo, writes);
        if (failed.isPresent()) {
            throw new ConflictException("already-answered", "this survey has been answered already");
        }
    }

    /**
     * Replaces a non-anonymous answer inside the edit window; counters move by the difference.
     *
     * @throws ConflictException {@code concurrent-change} when the answer changed since {@code current} was read
     */
    public void replace(SurveyInstance i, SurveyResponse current, SurveyResponse next, AnswerEffects effects) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(responseItem(next))
                .conditionExpression("updatedAt = :read")
                .expressionAttributeValues(Map.of(":read", AttributeValue.fromS(current.updatedAt().toString())))
                .build()).build());
        writes.addAll(effects(i, effects));
        if (Transactions.write(dynamo, writes).isPresent()) {
            throw new ConflictException("concurrent-change", "the answer changed while this request ran; read it again and retry");
        }
    }

    private List<TransactWriteItem> effects(SurveyInstance i, AnswerEffects effects) {
        String flagged = null;
        List<String> cleared = List.of();
        if (!i.anonymous() && effects.needsCheckIn().isPresent()) {
            String flag = flag(i.relationshipId(), i.userId());
            if (effects.needsCheckIn().get()) {
                flagged = flag;
            } else {
                cleared = List.of(flag);
            }
        }
        List<TransactWriteItem> writes = new ArrayList<>(add(i.programId(), i.region(), effects.counters(), flagged, cleared));
        if (!i.anonymous()) {
            if (effects.baseline() != null) {
                Map<String, AttributeValue> base = new HashMap<>(key(Keys.program(i.programId()), SurveyKeys.skillBaseline(i.relationshipId(), i.userId())));
                base.put("type", AttributeValue.fromS("survey-skill-baseline"));
                base.put("ratings", AnswerAttributes.ratings(effects.baseline()));
                writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(base).build()).build());
            }
        }
        return writes;
    }

    private Map<String, AttributeValue> responseItem(SurveyResponse r) {
        Map<String, AttributeValue> item = new HashMap<>(key(Keys.program(r.programId()), SurveyKeys.response(r.instanceId())));
        item.put("type", AttributeValue.fromS("survey-answer"));
        item.put("instanceId", AttributeValue.fromS(r.instanceId()));
        item.put("surveyId", AttributeValue.fromS(r.surveyId()));
        item.put("templateId", AttributeValue.fromS(r.templateId()));
        item.put("relationshipId", AttributeValue.fromS(r.relationshipId()));
        item.put("userId", AttributeValue.fromS(r.userId()));
        item.put("role", AttributeValue.fromS(r.role()));
        if (r.region() != null) {
            item.put("region", AttributeValue.fromS(r.region()));
        }
        item.put("submittedAt", AttributeValue.fromS(r.submittedAt().toString()));
        item.put("updatedAt", AttributeValue.fromS(r.updatedAt().toString()));
        item.put("answers", AnswerAttributes.write(r.answers()));
        return item;
    }

    public Optional<SurveyResponse> response(String programId, String instanceId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(Keys.program(programId), SurveyKeys.response(instanceId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toResponse(item));
    }

    /** A page of a program's non-anonymous answers in instance id order; {@code next} is null on the last page. */
    public record ResponsePage(List<SurveyResponse> items, String next) {
    }

    /** Up to {@code limit} answers after the one to instance {@code afterInstanceId} (null: from the first). */
    public ResponsePage responses(String programId, String afterInstanceId, int limit) {
        List<SurveyResponse> out = new ArrayList<>();
        Map<String, AttributeValue> start = afterInstanceId == null ? null
                : key(Keys.program(programId), SurveyKeys.response(afterInstanceId));
        boolean more;
        do {
            QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("PK = :p AND begins_with(SK, :r)")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.program(programId)),
                            ":r", AttributeValue.fromS(SurveyKeys.RESPONSE_PREFIX)))
                    .exclusiveStartKey(start).limit(limit - out.size()).build());
            page.items().forEach(item -> out.add(toResponse(item)));
            more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
            start = more ? page.lastEvaluatedKey() : null;
        } while (more && out.size() < limit);
        return new ResponsePage(out, more && !out.isEmpty() ? out.get(out.size() - 1).instanceId() : null);
    }

    private SurveyResponse toResponse(Map<String, AttributeValue> item) {
        return new SurveyResponse(item.get("instanceId").s(), item.get("PK").s().substring("PROGRAM#".length()),
                item.get("surveyId").s(), item.get("templateId").s(), item.get("relationshipId").s(), item.get("userId").s(),
                item.get("role").s(), item.containsKey("region") ? item.get("region").s() : null,
                Instant.parse(item.get("submittedAt").s()), Instant.parse(item.get("updatedAt").s()),
                AnswerAttributes.read(templates.require(item.get("templateId").s()), item.get("answers")));
    }

    /** A person's skills-before ratings in one relationship, or null. */
    public Map<String, Integer> skillBaseline(String programId, String relationshipId, String userId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(Keys.program(programId), SurveyKeys.skillBaseline(relationshipId, userId)))).item();
        return item == null || item.isEmpty() ? null : AnswerAttributes.readRatings(item.get("ratings"));
    }

    // ---- report reads ----

    /** Program key for {@link #counters} and {@link #recordStart}: the whole program rather than one region. */
    public static final String ALL = "\u0000all";

    /**
     * The report counters: the whole program under {@link #ALL}, each region under its name, no region under null;
     * and the relationships some participant's latest answer flagged as needing a check-in.
     */
    public record ReportCounters(Map<String, Map<String, Long>> byGroup, List<String> needsCheckIn) {
    }

    public ReportCounters counters(String programId) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        java.util.Set<String> flagged = new java.util.TreeSet<>();
        programItems(programId, SurveyKeys.STATS_PREFIX).forEach(item -> {
            String sk = item.get(TableDefinition.SK).s();
            String group = sk.equals(SurveyKeys.STATS_ALL) ? ALL
                    : sk.equals(SurveyKeys.STATS_NO_REGION) ? null : sk.substring(SurveyKeys.STATS_REGION_PREFIX.length());
            Map<String, Long> values = new TreeMap<>();
            item.forEach((name, v) -> {
                if (v.n() != null) {
                    values.put(name, Long.parseLong(v.n()));
                }
            });
            out.put(group, values);
            AttributeValue flags = item.get(NEEDS_CHECK_IN);
            if (flags != null && flags.hasSs()) {
                flags.ss().forEach(f -> flagged.add(f.substring(0, f.indexOf('#'))));
            }
        });
        return new ReportCounters(out, List.copyOf(flagged));
    }

    private List<Map<String, AttributeValue>> programItems(String programId, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("PK = :p AND begins_with(SK, :s)")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.program(programId)), ":s", AttributeValue.fromS(prefix)))
                    .exclusiveStartKey(start).build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    // ---- helpers ----

    private List<TransactWriteItem> add(String programId, String region, Map<String, Long> deltas, String flag, List<String> unflag) {
        Map<String, Map<String, Long>> byGroup = new HashMap<>();
        byGroup.put(ALL, deltas);
        byGroup.put(region, deltas);
        return add(programId, byGroup, flag, unflag);
    }

    /**
     * One ADD update per group's counter item. The program item also carries the check-in flags as a string set of
     * {@code relationshipId#userId}, added or deleted in the same update, so the report reads them with the counters.
     */
    private List<TransactWriteItem> add(String programId, Map<String, Map<String, Long>> byGroup, String flag, List<String> unflag) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Map<String, Map<String, Long>> groups = new HashMap<>(byGroup);
        groups.putIfAbsent(ALL, Map.of());
        groups.forEach((group, deltas) -> {
            Map<String, String> names = new HashMap<>();
            Map<String, AttributeValue> values = new HashMap<>();
            List<String> clauses = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, Long> e : new TreeMap<>(deltas).entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                names.put("#a" + n, e.getKey());
                values.put(":d" + n, AttributeValue.fromN(Long.toString(e.getValue())));
                clauses.add("#a" + n + " :d" + n);
                n++;
            }
            boolean all = ALL.equals(group);
            if (all && flag != null) {
                names.put("#f", NEEDS_CHECK_IN);
                values.put(":f", AttributeValue.fromSs(List.of(flag)));
                clauses.add("#f :f");
            }
            String expression = clauses.isEmpty() ? "" : "ADD " + String.join(", ", clauses);
            if (all && !unflag.isEmpty()) {
                names.put("#f", NEEDS_CHECK_IN);
                values.put(":u", AttributeValue.fromSs(unflag));
                expression = expression + (expression.isEmpty() ? "" : " ") + "DELETE #f :u";
            }
            if (expression.isEmpty()) {
                return;
            }
            String sk = all ? SurveyKeys.STATS_ALL : SurveyKeys.stats(group);
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(key(Keys.program(programId), sk))
                    .updateExpression(expression)
                    .expressionAttributeNames(names).expressionAttributeValues(values).build()).build());
        });
        return writes;
    }

    private static String flag(String relationshipId, String userId) {
        return relationshipId + "#" + userId;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(pk), TableDefinition.SK, AttributeValue.fromS(sk));
    }

    private static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).collect(Collectors.toList()));
    }

    private static <E extends Enum<E> & WireEnum> E wire(Class<E> type, String value) {
        return WireEnum.parse(type, value).orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " '" + value + "' is unknown"));
    }
}
