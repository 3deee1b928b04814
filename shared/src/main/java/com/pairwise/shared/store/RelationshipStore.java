package com.pairwise.shared.store;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Relationships with their member links, the mentors' load counters and the mentees' matched markers, always
 * written in one transaction: a mentor's load never exceeds the capacity given, and nobody is in two active
 * relationships of one program, however many requests race. Every change bumps the program's {@link MatchingVersion}.
 */
public final class RelationshipStore {
    /** The key attributes of a member link as GSI1 returns them: what a page cursor holds. */
    private static final Set<String> LINK_KEY = Set.of(TableDefinition.PK, TableDefinition.SK, TableDefinition.GSI1_PK,
            TableDefinition.GSI1_SK);

    private final PairwiseTable table;

    public RelationshipStore(PairwiseTable table) {
        this.table = table;
    }

    public Optional<Relationship> get(String relationshipId) {
        RelationshipItem item = table.relationships.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.relationship(relationshipId)).sortValue(Keys.RELATIONSHIP_SK).build()));
        return Optional.ofNullable(item).map(RelationshipItem::toRelationship);
    }

    /** Every relationship a person is or was in, across programs, oldest first (GSI1 links, then the items by key). */
    public List<Relationship> byUser(String userId) {
        List<String> ids = table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("GSI1PK = :u AND begins_with(GSI1SK, :r)")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(Keys.user(userId)),
                                ":r", AttributeValue.fromS(Keys.RELATIONSHIP_PREFIX)))
                        .build())
                .items().stream().map(item -> item.get("relationshipId").s()).collect(Collectors.toList());
        return getAll(ids);
    }

    /**
     * A page of a person's relationships across programs, oldest first (GSI1 links, then the page's items by key).
     *
     * @throws com.pairwise.shared.domain.ValidationException on a cursor not issued for this person's list
     */
    public Page<Relationship> byUser(String userId, int limit, String cursor) {
        String partition = Keys.user(userId);
        Page<String> ids = Paging.collect(table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                        .indexName(TableDefinition.GSI1)
                        .keyConditionExpression("GSI1PK = :u AND begins_with(GSI1SK, :r)")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(partition),
                                ":r", AttributeValue.fromS(Keys.RELATIONSHIP_PREFIX)))
                        .exclusiveStartKey(PageCursor.decode(cursor, LINK_KEY, TableDefinition.GSI1_PK, partition,
                                TableDefinition.GSI1_SK, Keys.RELATIONSHIP_PREFIX))
                        .limit(limit + 1)
                        .build()).items().stream(),
                limit, RelationshipStore::linkKey, item -> item.get("relationshipId").s());
        return new Page<>(getAll(ids.items()), ids.nextCursor());
    }

    private static Map<String, AttributeValue> linkKey(Map<String, AttributeValue> link) {
        Map<String, AttributeValue> key = new HashMap<>(link);
        key.keySet().retainAll(LINK_KEY);
        return key;
    }

    /** A person's relationships in one program, oldest first. */
    public List<Relationship> byUser(String userId, String programId) {
        return byUser(userId).stream().filter(r -> r.programId().equals(programId)).collect(Collectors.toList());
    }

    /** Every relationship of a program, active and ended, oldest first (GSI2). */
    public List<Relationship> byProgram(String programId) {
        return table.relationships.index(TableDefinition.GSI2)
                .query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(Keys.programRelationships(programId))))
                        .build())
                .stream().flatMap(p -> p.items().stream()).map(RelationshipItem::toRelationship).collect(Collectors.toList());
    }

    /** A mentor's current number of mentees in a program. */
    public int mentorLoad(String programId, String mentorId) {
        return MentorLoadItem.load(table.dynamo().getItem(b -> b.tableName(table.name())
                .key(MentorLoadItem.key(programId, mentorId)).consistentRead(true)).item());
    }

    /** Every mentor's current number of mentees in a program (mentors with none may be absent). */
    public Map<String, Integer> mentorLoads(String programId) {
        Map<String, Integer> loads = new HashMap<>();
        programItems(programId, "LOAD#").forEach(item -> loads.put(item.get("mentorId").s(), MentorLoadItem.load(item)));
        return loads;
    }

    /** Who is in an active relationship of the program as a mentee (or peer). */
    public Set<String> matchedPeople(String programId) {
        Set<String> people = new HashSet<>();
        programItems(programId, "MATCHED#").forEach(item -> people.add(item.get("userId").s()));
        return people;
    }

    private List<Map<String, AttributeValue>> programItems(String programId, String prefix) {
        return table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).consistentRead(true)
                        .keyConditionExpression("PK = :p AND begins_with(SK, :s)")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.program(programId)),
                                ":s", AttributeValue.fromS(prefix)))
                        .build())
                .items().stream().collect(Collectors.toList());
    }

    /**
     * Stores a new active relationship.
     *
     * @param mentorCapacity null: do not check the mentor's capacity (a coordinator's explicit override)
     * @param events         written to the outbox in the same transaction
     * @throws ConflictException {@code mentor-full}, {@code already-matched}
     */
    public Relationship start(Relationship relationship, Integer mentorCapacity, List<DomainEvent> events) {
        return start(relationship, mentorCapacity, events, null);
    }

    /**
     * As {@link #start(Relationship, Integer, List)}; a non-null {@code mark} records the run's pair as committed in the
     * same transaction, first, so a pair committed by another worker fails with {@link RunPairMark#PAIR_COMMITTED}.
     */
    public Relationship start(Relationship relationship, Integer mentorCapacity, List<DomainEvent> events, RunPairMark mark) {
        List<GuardedWrite> writes = new ArrayList<>();
        if (mark != null) {
            writes.add(mark.guard(table.name(), relationship.id()));
        }
        writes.addAll(startWrites(relationship, mentorCapacity));
        events.forEach(e -> writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), e))));
        GuardedWrite.commit(table.dynamo(), writes);
        return relationship;
    }

    List<GuardedWrite> startWrites(Relationship r, Integer mentorCapacity) {
        List<GuardedWrite> writes = new ArrayList<>();
        writes.add(GuardedWrite.guarded(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                        .item(RelationshipItem.SCHEMA.itemToMap(RelationshipItem.from(r), true))
                        .conditionExpression("attribute_not_exists(PK)").build()).build(),
                "relationship-exists", "a relationship with this id exists already"));
        for (String person : r.participants()) {
            writes.add(GuardedWrite.plain(memberLink(r, person)));
        }
        writes.addAll(occupy(r, r.menteeIds(), mentorCapacity));
        writes.add(GuardedWrite.plain(MatchingVersion.relationshipsChanged(table.name(), r.programId())));
        return writes;
    }

    /**
     * Adds one mentee to an active group relationship.
     *
     * @throws ConflictException {@code mentor-full}, {@code already-matched}, {@code relationship-ended}
     */
    public Relationship join(Relationship group, String menteeId, String goals, Integer mentorCapacity, List<DomainEvent> events) {
        return join(group, menteeId, goals, mentorCapacity, events, null);
    }

    /** As {@link #join(Relationship, String, String, Integer, List)}, with a run's pair mark as in {@link #start}. */
    public Relationship join(Relationship group, String menteeId, String goals, Integer mentorCapacity, List<DomainEvent> events,
                             RunPairMark mark) {
        List<GuardedWrite> writes = new ArrayList<>();
        if (mark != null) {
            writes.add(mark.guard(table.name(), group.id()));
        }
        writes.addAll(joinWrites(group, menteeId, goals, mentorCapacity));
        events.forEach(e -> writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), e))));
        GuardedWrite.commit(table.dynamo(), writes);
        return group.joinedBy(menteeId, goals);
    }

    List<GuardedWrite> joinWrites(Relationship group, String menteeId, String goals, Integer mentorCapacity) {
        List<GuardedWrite> writes = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":m", AttributeValue.fromL(List.of(AttributeValue.fromS(menteeId))));
        values.put(":g", AttributeValue.fromL(goals == null || goals.isBlank() ? List.of() : List.of(AttributeValue.fromS(goals))));
        values.put(":id", AttributeValue.fromS(menteeId));
        values.put(":active", AttributeValue.fromS(RelationshipStatus.ACTIVE.wire()));
        values.put(":empty", AttributeValue.fromL(List.of()));
        writes.add(GuardedWrite.guarded(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(key(group.id()))
                        .updateExpression("SET menteeIds = list_append(menteeIds, :m), goals = list_append(if_not_exists(goals, :empty), :g)")
                        .conditionExpression("#s = :active AND NOT contains(menteeIds, :id)")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(values).build()).build(),
                "relationship-ended", "the group has ended or has this mentee already"));
        writes.add(GuardedWrite.plain(memberLink(group, menteeId)));
        writes.addAll(occupy(group, List.of(menteeId), mentorCapacity));
        writes.add(GuardedWrite.plain(MatchingVersion.relationshipsChanged(table.name(), group.programId())));
        return writes;
    }

    /** The mentor's load grows by the new mentees (peers: no load) and each new mentee is marked matched. */
    private List<GuardedWrite> occupy(Relationship r, List<String> newMentees, Integer mentorCapacity) {
        List<GuardedWrite> writes = new ArrayList<>();
        List<String> seats = new ArrayList<>(newMentees);
        if (r.format() == ProgramFormat.PEER) {
            seats.add(0, r.mentorId());
        } else {
            writes.add(GuardedWrite.guarded(MentorLoadItem.add(table.name(), r.programId(), r.mentorId(), newMentees.size(), mentorCapacity),
                    "mentor-full", "the mentor has no free place left"));
        }
        for (String person : seats) {
            writes.add(GuardedWrite.guarded(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(Map.of(
                                    TableDefinition.PK, AttributeValue.fromS(Keys.program(r.programId())),
                                    TableDefinition.SK, AttributeValue.fromS(Keys.matched(person)),
                                    "type", AttributeValue.fromS("matched"),
                                    "userId", AttributeValue.fromS(person),
                                    "relationshipId", AttributeValue.fromS(r.id())))
                            .conditionExpression("attribute_not_exists(PK)").build()).build(),
                    "already-matched", person + " is already in an active relationship in this program"));
            // Matched now: no longer waiting for a freed place (see WaitlistStore).
            writes.add(GuardedWrite.plain(TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                    .key(Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(r.programId())),
                            TableDefinition.SK, AttributeValue.fromS(Keys.unmatched(person)))).build()).build()));
        }
        return writes;
    }

    /**
     * Ends an active relationship: the mentor's places and the mentees come free in the same transaction.
     *
     * @throws ConflictException {@code relationship-ended} when it has ended already
     */
    public Relationship end(Relationship current, java.time.Instant at, String reason, List<DomainEvent> events) {
        Relationship ended = current.ended(at, reason);
        List<GuardedWrite> writes = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":ended", AttributeValue.fromS(RelationshipStatus.ENDED.wire()));
        values.put(":active", AttributeValue.fromS(RelationshipStatus.ACTIVE.wire()));
        values.put(":at", AttributeValue.fromS(at.toString()));
        values.put(":n", AttributeValue.fromN(Integer.toString(current.menteeIds().size())));
        String set = "SET #s = :ended, endedAt = :at";
        Map<String, String> names = new HashMap<>(Map.of("#s", "status"));
        if (reason != null) {
            set += ", endReason = :reason";
            values.put(":reason", AttributeValue.fromS(reason));
        }
        // The mentee count is part of the condition: a mentee joining a group meanwhile makes this retry, never miscount.
        writes.add(GuardedWrite.guarded(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(key(current.id())).updateExpression(set)
                        .conditionExpression("#s = :active AND size(menteeIds) = :n")
                        .expressionAttributeNames(names).expressionAttributeValues(values).build()).build(),
                "relationship-ended", "the relationship has ended already or changed meanwhile"));
        List<String> seats = new ArrayList<>(current.menteeIds());
        if (current.format() == ProgramFormat.PEER) {
            seats.add(0, current.mentorId());
        } else {
            writes.add(GuardedWrite.plain(MentorLoadItem.add(table.name(), current.programId(), current.mentorId(),
                    -current.menteeIds().size(), null)));
        }
        for (String person : seats) {
            writes.add(GuardedWrite.plain(TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                    .key(Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(current.programId())),
                            TableDefinition.SK, AttributeValue.fromS(Keys.matched(person))))
                    .conditionExpression("attribute_not_exists(PK) OR relationshipId = :rel")
                    .expressionAttributeValues(Map.of(":rel", AttributeValue.fromS(current.id()))).build()).build()));
        }
        writes.add(GuardedWrite.plain(MatchingVersion.relationshipsChanged(table.name(), current.programId())));
        events.forEach(e -> writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), e))));
        GuardedWrite.commit(table.dynamo(), writes);
        return ended;
    }

    private TransactWriteItem memberLink(Relationship r, String person) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.relationship(r.id())),
                TableDefinition.SK, AttributeValue.fromS(Keys.member(person)),
                TableDefinition.GSI1_PK, AttributeValue.fromS(Keys.user(person)),
                TableDefinition.GSI1_SK, AttributeValue.fromS(Keys.RELATIONSHIP_PREFIX + r.startedAt() + "#" + r.id()),
                "type", AttributeValue.fromS("relationshipMember"),
                "relationshipId", AttributeValue.fromS(r.id()),
                "programId", AttributeValue.fromS(r.programId()))).build()).build();
    }

    private List<Relationship> getAll(List<String> ids) {
        Map<String, Relationship> found = new LinkedHashMap<>();
        List<String> distinct = ids.stream().distinct().collect(Collectors.toList());
        for (int from = 0; from < distinct.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            distinct.subList(from, Math.min(distinct.size(), from + 100)).forEach(id -> keys.add(key(id)));
            Map<String, KeysAndAttributes> pending = Map.of(table.name(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (pending != null && !pending.isEmpty()) {
                Map<String, KeysAndAttributes> ask = pending;
                var response = table.dynamo().batchGetItem(b -> b.requestItems(ask));
                response.responses().getOrDefault(table.name(), List.of()).forEach(item -> {
                    Relationship r = RelationshipItem.SCHEMA.mapToItem(item).toRelationship();
                    found.put(r.id(), r);
                });
                // Keys DynamoDB did not get to (throttling) are asked for again.
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : null;
            }
        }
        List<Relationship> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(Relationship::startedAt).thenComparing(Relationship::id));
        return out;
    }

    private static Map<String, AttributeValue> key(String relationshipId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.relationship(relationshipId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.RELATIONSHIP_SK));
    }
}
