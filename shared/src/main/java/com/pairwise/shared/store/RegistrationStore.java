package com.pairwise.shared.store;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramCounts;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Registrations and the program counters that move with them, always in one transaction; each change also bumps the
 * program's {@link MatchingVersion} and leaves a {@link RegistrationChanges} marker naming the person.
 */
public final class RegistrationStore {
    private static final Set<String> BASE_KEY = Set.of(TableDefinition.PK, TableDefinition.SK);

    private final PairwiseTable table;

    public RegistrationStore(PairwiseTable table) {
        this.table = table;
    }

    /**
     * Stores a new registration. When the role counts against the program's cap and the cap is reached, the
     * registration is stored as waitlisted instead; the check and the write are one transaction, so concurrent
     * sign-ups can never overfill the program.
     *
     * @return the registration as stored (registered or waitlisted)
     * @throws ConflictException {@code already-registered} when the person is registered already
     */
    public Registration register(Registration registration, Program program) {
        return register(registration, program, List.of());
    }

    /** As {@link #register(Registration, Program)}, with {@code events} written to the outbox in the same transaction. */
    public Registration register(Registration registration, Program program, List<DomainEvent> events) {
        boolean capped = program.menteeCap() != null && registration.role() == program.seekerRole();
        Registration candidate = registration.withStatus(RegistrationStatus.REGISTERED);
        while (true) {
            Put put = Put.builder().tableName(table.name())
                    .item(RegistrationItem.SCHEMA.itemToMap(RegistrationItem.from(candidate), true))
                    .conditionExpression("attribute_not_exists(PK)").build();
            boolean enforceCap = capped && candidate.status() == RegistrationStatus.REGISTERED;
            TransactWriteItem counts = ProgramCountsItem.add(table.name(), program.id(), occupancy(candidate, 1),
                    enforceCap ? ProgramCountsItem.slot(candidate) : null, enforceCap ? program.menteeCap() : null);
            List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().put(put).build(), counts,
                    MatchingVersion.registrationsChanged(table.name(), program.id()),
                    RegistrationChanges.changed(table.name(), program.id(), candidate.userId(), stamp(candidate.updatedAt()))));
            events.forEach(e -> writes.add(OutboxItem.put(table.name(), e)));
            OptionalInt failed = Transactions.write(table.dynamo(), writes);
            if (failed.isEmpty()) {
                return candidate;
            }
            if (failed.getAsInt() == 0) {
                throw new ConflictException("already-registered", "you are already registered for this program");
            }
            candidate = candidate.withStatus(RegistrationStatus.WAITLISTED);
        }
    }

    public Optional<Registration> get(String programId, String userId) {
        RegistrationItem item = table.registrations.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.program(programId)).sortValue(Keys.registration(userId)).build()));
        return Optional.ofNullable(item).map(RegistrationItem::toRegistration);
    }

    /**
     * Replaces a registration's profile, guarded by its version so two edits never silently overwrite each other.
     * Country counters follow a changed country in the same transaction.
     */
    public Registration update(Registration current, Registration changed) {
        return update(current, changed, List.of());
    }

    /** As {@link #update(Registration, Registration)}, with {@code events} written to the outbox in the same transaction. */
    public Registration update(Registration current, Registration changed, List<DomainEvent> events) {
        Registration next = new Registration(changed.programId(), changed.userId(), changed.role(), changed.status(),
                changed.profile(), changed.registeredAt(), changed.updatedAt(), current.version() + 1);
        Put put = Put.builder().tableName(table.name())
                .item(RegistrationItem.SCHEMA.itemToMap(RegistrationItem.from(next), true))
                .conditionExpression("#v = :v")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(current.version()))))
                .build();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put).build());
        Map<String, Integer> deltas = new HashMap<>();
        move(deltas, current.profile().country(), next.profile().country(), ProgramCountsItem::country);
        move(deltas, current.profile().region(), next.profile().region(), ProgramCountsItem::region);
        if (!deltas.isEmpty()) {
            writes.add(ProgramCountsItem.add(table.name(), current.programId(), deltas, null, null));
        }
        writes.add(MatchingVersion.registrationsChanged(table.name(), current.programId()));
        writes.add(RegistrationChanges.changed(table.name(), current.programId(), current.userId(), stamp(next.updatedAt())));
        events.forEach(e -> writes.add(OutboxItem.put(table.name(), e)));
        if (Transactions.write(table.dynamo(), writes).isPresent()) {
            throw concurrentChange();
        }
        return next;
    }

    /**
     * Deletes a registration and gives its place, if it held a capped one, to the longest-waiting person.
     *
     * @return how many waitlisted registrations were promoted
     */
    public int withdraw(Registration current, Program program, Instant now) {
        return withdraw(current, program, now, List.of());
    }

    /** As {@link #withdraw(Registration, Program, Instant)}, with {@code events} written to the outbox in the same transaction. */
    public int withdraw(Registration current, Program program, Instant now, List<DomainEvent> events) {
        Delete delete = Delete.builder().tableName(table.name())
                .key(key(current.programId(), current.userId()))
                .conditionExpression("#v = :v")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(current.version()))))
                .build();
        TransactWriteItem counts = ProgramCountsItem.add(table.name(), current.programId(), occupancy(current, -1), null, null);
        List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().delete(delete).build(), counts,
                MatchingVersion.registrationsChanged(table.name(), current.programId()),
                RegistrationChanges.changed(table.name(), current.programId(), current.userId(), now)));
        events.forEach(e -> writes.add(OutboxItem.put(table.name(), e)));
        if (Transactions.write(table.dynamo(), writes).isPresent()) {
            throw concurrentChange();
        }
        return promoteWaitlisted(program, now);
    }

    /**
     * Moves the longest-waiting registrations into free capped places, one transaction each, until the cap is reached
     * or nobody waits (with no cap, all of them). Safe to run concurrently: each promotion re-checks both the waitlisted status and the cap.
     */
    public int promoteWaitlisted(Program program, Instant now) {
        // With no cap (cleared), everyone waiting is promoted: the counter update then carries no condition.
        int promoted = 0;
        while (true) {
            Optional<RegistrationItem> oldest = table.registrations.index(TableDefinition.GSI2)
                    .query(QueryEnhancedRequest.builder()
                            .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(Keys.waitlist(program.id()))))
                            .limit(1).build())
                    .stream().flatMap(p -> p.items().stream()).findFirst();
            if (oldest.isEmpty()) {
                return promoted;
            }
            Registration waiting = oldest.get().toRegistration();
            Update update = Update.builder().tableName(table.name())
                    .key(key(program.id(), waiting.userId()))
                    .updateExpression("SET #s = :registered, #u = :now ADD #v :one REMOVE GSI2PK, GSI2SK")
                    .conditionExpression("#s = :waitlisted")
                    .expressionAttributeNames(Map.of("#s", "status", "#u", "updatedAt", "#v", "version"))
                    .expressionAttributeValues(Map.of(
                            ":registered", AttributeValue.fromS(RegistrationStatus.REGISTERED.wire()),
                            ":waitlisted", AttributeValue.fromS(RegistrationStatus.WAITLISTED.wire()),
                            ":now", AttributeValue.fromS(now.toString()),
                            ":one", AttributeValue.fromN("1")))
                    .build();
            Registration promotedOne = waiting.withStatus(RegistrationStatus.REGISTERED);
            Map<String, Integer> deltas = new HashMap<>();
            deltas.put(ProgramCountsItem.slot(promotedOne), 1);
            deltas.put("waitlisted", -1);
            TransactWriteItem counts = ProgramCountsItem.add(table.name(), program.id(), deltas,
                    ProgramCountsItem.slot(promotedOne), program.menteeCap());
            OptionalInt failed = Transactions.write(table.dynamo(), List.of(TransactWriteItem.builder().update(update).build(), counts,
                    MatchingVersion.registrationsChanged(table.name(), program.id()),
                    RegistrationChanges.changed(table.name(), program.id(), waiting.userId(), now)));
            if (failed.isPresent() && failed.getAsInt() == 1) {
                return promoted; // the cap is full again
            }
            if (failed.isEmpty()) {
                promoted++;
            }
            // failed on the registration: someone else promoted or withdrew it meanwhile; look at the next one
        }
    }

    /**
     * The current registrations of these people in a program (absent ones left out), any number of them: consistent
     * BatchGetItems of 100 keys.
     */
    public List<Registration> getAll(String programId, Collection<String> userIds) {
        List<Registration> out = new ArrayList<>();
        List<Map<String, AttributeValue>> keys = userIds.stream().distinct().map(u -> key(programId, u)).collect(Collectors.toList());
        for (int from = 0; from < keys.size(); from += 100) {
            Map<String, KeysAndAttributes> pending = Map.of(table.name(),
                    KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + 100))).consistentRead(true).build());
            while (pending != null && !pending.isEmpty()) {
                Map<String, KeysAndAttributes> ask = pending;
                var response = table.dynamo().batchGetItem(b -> b.requestItems(ask));
                response.responses().getOrDefault(table.name(), List.of())
                        .forEach(item -> out.add(RegistrationItem.SCHEMA.mapToItem(item).toRegistration()));
                // Keys DynamoDB did not get to (throttling) are asked for again.
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : null;
            }
        }
        return out;
    }

    /** A page of a program's registrations, optionally narrowed by role, status and country. */
    public Page<Registration> list(String programId, RegistrationFilter filter, int limit, String cursor) {
        String partition = Keys.program(programId);
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(partition).sortValue(Keys.REGISTRATION_PREFIX)))
                .exclusiveStartKey(PageCursor.decode(cursor, BASE_KEY, TableDefinition.PK, partition,
                        TableDefinition.SK, Keys.REGISTRATION_PREFIX))
                .limit(Math.max(limit, 25))
                .consistentRead(true);
        filter.toExpression().ifPresent(query::filterExpression);
        return Paging.collect(table.registrations.query(query.build()).stream().flatMap(p -> p.items().stream()), limit,
                item -> RegistrationItem.SCHEMA.itemToMap(item, BASE_KEY), RegistrationItem::toRegistration);
    }

    /** Every registration of one person, across programs (GSI1). */
    public List<Registration> byUser(String userId) {
        return table.registrations.index(TableDefinition.GSI1)
                .query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(Keys.user(userId)).sortValue(Keys.REGISTRATION_PREFIX)))
                        .build())
                .stream().flatMap(p -> p.items().stream()).map(RegistrationItem::toRegistration).collect(Collectors.toList());
    }

    public ProgramCounts counts(String programId) {
        Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name())
                .key(ProgramCountsItem.key(programId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? ProgramCounts.EMPTY : ProgramCountsItem.toCounts(item);
    }

    /** A change's time for its marker; a registration written without one (older callers) counts as the epoch. */
    private static Instant stamp(Instant at) {
        return at == null ? Instant.EPOCH : at;
    }

    private static Map<String, AttributeValue> key(String programId, String userId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.registration(userId)));
    }

    private static Map<String, Integer> occupancy(Registration r, int delta) {
        Map<String, Integer> deltas = new HashMap<>();
        deltas.put(ProgramCountsItem.slot(r), delta);
        if (r.profile().country() != null) {
            deltas.put(ProgramCountsItem.country(r.profile().country()), delta);
        }
        if (r.profile().region() != null) {
            deltas.put(ProgramCountsItem.region(r.profile().region()), delta);
        }
        return deltas;
    }

    /** Moves one head from the {@code before} counter to the {@code after} one when the value changed. */
    private static void move(Map<String, Integer> deltas, String before, String after, java.util.function.UnaryOperator<String> counter) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            deltas.put(counter.apply(before), -1);
        }
        if (after != null) {
            deltas.put(counter.apply(after), 1);
        }
    }

    private static ConflictException concurrentChange() {
        return new ConflictException("concurrent-change", "the registration changed while this request ran; read it again and retry");
    }

    /** Optional narrowing of a registration list; null fields do not filter. */
    public record RegistrationFilter(Role role, RegistrationStatus status, String country) {
        Optional<Expression> toExpression() {
            List<String> clauses = new ArrayList<>();
            Expression.Builder e = Expression.builder();
            if (role != null) {
                clauses.add("#role = :role");
                e.putExpressionName("#role", "role").putExpressionValue(":role", AttributeValue.fromS(role.wire()));
            }
            if (status != null) {
                clauses.add("#status = :status");
                e.putExpressionName("#status", "status").putExpressionValue(":status", AttributeValue.fromS(status.wire()));
            }
            if (country != null) {
                clauses.add("#country = :country");
                e.putExpressionName("#country", "country").putExpressionValue(":country", AttributeValue.fromS(country));
            }
            return clauses.isEmpty() ? Optional.empty() : Optional.of(e.expression(String.join(" AND ", clauses)).build());
        }
    }
}
