package com.pairwise.shared.store;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.Relationship;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Match requests and the lock item (PK=PROGRAM#id, SK=PENDING#mentee#mentor) that allows one pending request per
 * mentee and mentor. Every change of state is conditional on the request still being pending (and, for answers,
 * unexpired), in the same transaction as what it causes, so an accept and a decline can never both win.
 */
public final class MatchRequestStore {
    private final PairwiseTable table;

    public MatchRequestStore(PairwiseTable table) {
        this.table = table;
    }

    public Optional<MatchRequest> get(String requestId) {
        MatchRequestItem item = table.matchRequests.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.matchRequest(requestId)).sortValue(Keys.MATCH_REQUEST_SK).build()));
        return Optional.ofNullable(item).map(MatchRequestItem::toMatchRequest);
    }

    /** Requests a mentee (or peer) made in one program, oldest first (GSI1). */
    public List<MatchRequest> byMentee(String menteeId, String programId) {
        return query(TableDefinition.GSI1, menteeId, programId);
    }

    /** Requests a mentor received in one program, oldest first (GSI2). */
    public List<MatchRequest> byMentor(String mentorId, String programId) {
        return query(TableDefinition.GSI2, mentorId, programId);
    }

    /** Every request a person made, across programs (GSI1). */
    public List<MatchRequest> byMentee(String menteeId) {
        return query(TableDefinition.GSI1, menteeId, null);
    }

    /** Every request a person received, across programs (GSI2). */
    public List<MatchRequest> byMentor(String mentorId) {
        return query(TableDefinition.GSI2, mentorId, null);
    }

    private List<MatchRequest> query(String index, String userId, String programId) {
        String prefix = programId == null ? "REQ#" : Keys.requestsIn(programId);
        return table.matchRequests.index(index).query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(Keys.user(userId))
                                .sortValue(prefix)))
                        .build())
                .stream().flatMap(p -> p.items().stream()).map(MatchRequestItem::toMatchRequest).collect(Collectors.toList());
    }

    /**
     * Stores a new pending request. A pending request to the same mentor that has expired is marked expired first.
     *
     * @throws ConflictException {@code duplicate-request} while an open request to that mentor exists
     */
    public MatchRequest create(MatchRequest request, Instant now) {
        return create(request, now, List.of());
    }

    /** As {@link #create(MatchRequest, Instant)}, with {@code events} written to the outbox in the same transaction. */
    public MatchRequest create(MatchRequest request, Instant now, List<DomainEvent> events) {
        for (int attempt = 0; ; attempt++) {
            List<GuardedWrite> writes = new ArrayList<>();
            writes.add(GuardedWrite.guarded(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                            .item(MatchRequestItem.SCHEMA.itemToMap(MatchRequestItem.from(request), true))
                            .conditionExpression("attribute_not_exists(PK)").build()).build(),
                    "request-exists", "a request with this id exists already"));
            writes.add(GuardedWrite.guarded(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(Map.of(
                                    TableDefinition.PK, AttributeValue.fromS(Keys.program(request.programId())),
                                    TableDefinition.SK, AttributeValue.fromS(Keys.pendingRequest(request.menteeId(), request.mentorId())),
                                    "type", AttributeValue.fromS("pendingRequest"),
                                    "requestId", AttributeValue.fromS(request.id())))
                            .conditionExpression("attribute_not_exists(PK)").build()).build(),
                    "duplicate-request", "you have a pending request to this mentor already"));
            events.forEach(e -> writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), e))));
            try {
                GuardedWrite.commit(table.dynamo(), writes);
                return request;
            } catch (ConflictException e) {
                if (!e.code().equals("duplicate-request") || attempt > 0 || !expireStale(request, now)) {
                    throw e;
                }
            }
        }
    }

    /** Marks the pending request holding the lock as expired when it is past its expiry; true if it did. */
    private boolean expireStale(MatchRequest request, Instant now) {
        Map<String, AttributeValue> lock = table.dynamo().getItem(b -> b.tableName(table.name()).consistentRead(true)
                .key(lockKey(request.programId(), request.menteeId(), request.mentorId()))).item();
        if (lock == null || lock.isEmpty()) {
            return true; // released meanwhile: try again
        }
        Optional<MatchRequest> holder = get(lock.get("requestId").s());
        if (holder.isPresent() && holder.get().isOpen(now)) {
            return false;
        }
        if (holder.isPresent()) {
            try {
                close(holder.get(), MatchRequestStatus.EXPIRED, now);
            } catch (ConflictException answeredMeanwhile) {
                return true;
            }
        } else {
            table.dynamo().deleteItem(b -> b.tableName(table.name()).key(lockKey(request.programId(), request.menteeId(), request.mentorId())));
        }
        return true;
    }

    /**
     * Accepts a request and starts (or, in a group program, joins) the relationship, all in one transaction.
     *
     * @param joining        true when {@code relationship} is an active group the mentee joins
     * @param mentorCapacity the mentor's capacity
     * @throws ConflictException {@code request-not-pending}, {@code mentor-full}, {@code already-matched}, ...
     */
    public Relationship accept(MatchRequest request, Relationship relationship, boolean joining, String menteeGoals,
                               Integer mentorCapacity, List<DomainEvent> events, Instant now) {
        List<GuardedWrite> writes = new ArrayList<>(answer(request, MatchRequestStatus.ACCEPTED, now, relationship.id(), true));
        Relationship result;
        if (joining) {
            writes.addAll(new RelationshipStore(table).joinWrites(relationship, request.menteeId(), menteeGoals, mentorCapacity));
            result = relationship.joinedBy(request.menteeId(), menteeGoals);
        } else {
            writes.addAll(new RelationshipStore(table).startWrites(relationship, mentorCapacity));
            result = relationship;
        }
        events.forEach(e -> writes.add(GuardedWrite.plain(OutboxItem.put(table.name(), e))));
        GuardedWrite.commit(table.dynamo(), writes);
        return result;
    }

    /** The mentor says no. @throws ConflictException {@code request-not-pending} */
    public MatchRequest decline(MatchRequest request, Instant now) {
        GuardedWrite.commit(table.dynamo(), answer(request, MatchRequestStatus.DECLINED, now, null, true));
        return request.answered(MatchRequestStatus.DECLINED, now, null);
    }

    /**
     * Closes a pending request without an answer: {@code cancelled} (the mentee was matched elsewhere) or
     * {@code expired}. @throws ConflictException {@code request-not-pending} when it was answered meanwhile
     */
    public MatchRequest close(MatchRequest request, MatchRequestStatus status, Instant now) {
        GuardedWrite.commit(table.dynamo(), answer(request, status, now, null, false));
        return request.answered(status, now, null);
    }

    private List<GuardedWrite> answer(MatchRequest request, MatchRequestStatus status, Instant now, String relationshipId,
                                      boolean mustBeUnexpired) {
        StringBuilder set = new StringBuilder("SET #s = :new, respondedAt = :now");
        java.util.HashMap<String, AttributeValue> values = new java.util.HashMap<>();
        values.put(":new", AttributeValue.fromS(status.wire()));
        values.put(":now", AttributeValue.fromS(now.toString()));
        values.put(":pending", AttributeValue.fromS(MatchRequestStatus.PENDING.wire()));
        if (relationshipId != null) {
            set.append(", relationshipId = :rel");
            values.put(":rel", AttributeValue.fromS(relationshipId));
        }
        String condition = "#s = :pending";
        if (mustBeUnexpired) {
            condition += " AND expiresAtMillis > :nowMillis";
            values.put(":nowMillis", AttributeValue.fromN(Long.toString(now.toEpochMilli())));
        }
        List<GuardedWrite> writes = new ArrayList<>();
        writes.add(GuardedWrite.guarded(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.matchRequest(request.id())),
                                TableDefinition.SK, AttributeValue.fromS(Keys.MATCH_REQUEST_SK)))
                        .updateExpression(set.toString()).conditionExpression(condition)
                        .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(values).build()).build(),
                "request-not-pending", "the request has been answered, cancelled or has expired"));
        writes.add(GuardedWrite.plain(TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                .key(lockKey(request.programId(), request.menteeId(), request.mentorId()))
                .conditionExpression("attribute_not_exists(PK) OR requestId = :id")
                .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(request.id()))).build()).build()));
        return writes;
    }

    private static Map<String, AttributeValue> lockKey(String programId, String menteeId, String mentorId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.pendingRequest(menteeId, mentorId)));
    }
}
