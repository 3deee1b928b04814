package com.pairwise.shared.store;

import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Programs, and one link item per coordinator (PK=PROGRAM#id, SK=COORD#user; GSI1 USER#user / COORD#id) so a person's
 * coordinator roles are found by key, written in the same transaction as the program.
 */
public final class ProgramStore {
    private static final Set<String> LISTING_KEY = Set.of(TableDefinition.PK, TableDefinition.SK, TableDefinition.GSI1_PK, TableDefinition.GSI1_SK);

    private final PairwiseTable table;

    public ProgramStore(PairwiseTable table) {
        this.table = table;
    }

    public void create(Program program) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(ProgramItem.SCHEMA.itemToMap(ProgramItem.from(program), true))
                .conditionExpression("attribute_not_exists(PK)").build()).build());
        program.settings().coordinators().forEach(user -> writes.add(putLink(program.id(), user)));
        if (Transactions.write(table.dynamo(), writes).isPresent()) {
            throw new ConflictException("already-exists", "a program with this id exists already");
        }
    }

    public Optional<Program> get(String programId) {
        ProgramItem item = table.programs.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.program(programId)).sortValue(Keys.PROGRAM_SK).build()));
        return Optional.ofNullable(item).map(ProgramItem::toProgram);
    }

    /** Writes {@code changed} only if nobody changed the program since {@code current} was read. */
    public Program update(Program current, Program changed) {
        Program next = new Program(changed.id(), changed.settings(), changed.createdAt(), changed.updatedAt(), current.version() + 1);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(ProgramItem.SCHEMA.itemToMap(ProgramItem.from(next), true))
                .conditionExpression("#v = :v")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(current.version()))))
                .build()).build());
        Set<String> before = new HashSet<>(current.settings().coordinators());
        Set<String> after = new HashSet<>(next.settings().coordinators());
        after.stream().filter(u -> !before.contains(u)).forEach(u -> writes.add(putLink(next.id(), u)));
        before.stream().filter(u -> !after.contains(u)).forEach(u -> writes.add(deleteLink(next.id(), u)));
        if (Transactions.write(table.dynamo(), writes).isPresent()) {
            throw new ConflictException("concurrent-change", "the program changed while this request ran; read it again and retry");
        }
        return next;
    }

    /**
     * Programs newest first. {@code visibleTo} null lists everything (administrators); otherwise drafts are hidden
     * unless that user coordinates them.
     */
    public Page<Program> list(String visibleTo, ProgramStatus status, int limit, String cursor) {
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(Keys.ALL_PROGRAMS)))
                .scanIndexForward(false)
                .exclusiveStartKey(PageCursor.decode(cursor, LISTING_KEY, TableDefinition.GSI1_PK, Keys.ALL_PROGRAMS))
                .limit(Math.max(limit, 25));
        List<String> clauses = new ArrayList<>();
        Expression.Builder filter = Expression.builder();
        if (visibleTo != null) {
            clauses.add("(#status <> :draft OR contains(#coordinators, :me))");
            filter.putExpressionName("#status", "status").putExpressionName("#coordinators", "coordinators")
                    .putExpressionValue(":draft", AttributeValue.fromS(ProgramStatus.DRAFT.wire()))
                    .putExpressionValue(":me", AttributeValue.fromS(visibleTo));
        }
        if (status != null) {
            clauses.add("#status = :wanted");
            filter.putExpressionName("#status", "status").putExpressionValue(":wanted", AttributeValue.fromS(status.wire()));
        }
        if (!clauses.isEmpty()) {
            query.filterExpression(filter.expression(String.join(" AND ", clauses)).build());
        }
        return Paging.collect(table.programs.index(TableDefinition.GSI1).query(query.build()).stream().flatMap(p -> p.items().stream()),
                limit, item -> ProgramItem.SCHEMA.itemToMap(item, LISTING_KEY), ProgramItem::toProgram);
    }

    /** Ids of the programs a person coordinates (GSI1). */
    public List<String> coordinatedBy(String userId) {
        return table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("GSI1PK = :u AND begins_with(GSI1SK, :c)")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(Keys.user(userId)),
                                ":c", AttributeValue.fromS(Keys.COORDINATOR_PREFIX)))
                        .build())
                .items().stream()
                .map(item -> item.get(TableDefinition.GSI1_SK).s().substring(Keys.COORDINATOR_PREFIX.length()))
                .collect(Collectors.toList());
    }

    private TransactWriteItem putLink(String programId, String userId) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.coordinator(userId)),
                TableDefinition.GSI1_PK, AttributeValue.fromS(Keys.user(userId)),
                TableDefinition.GSI1_SK, AttributeValue.fromS(Keys.coordinator(programId)),
                "type", AttributeValue.fromS("coordinator"))).build()).build();
    }

    private TransactWriteItem deleteLink(String programId, String userId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.coordinator(userId)))).build()).build();
    }
}
