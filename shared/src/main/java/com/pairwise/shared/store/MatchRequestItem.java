package com.pairwise.shared.store;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestOrigin;
import com.pairwise.shared.model.MatchRequestStatus;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Storage shape of a {@link MatchRequest}: PK=MATCHREQ#id, SK=MATCHREQ. The mentee finds theirs through GSI1
 * (USER#mentee / REQ#programId#createdAt#id), the mentor through GSI2 (USER#mentor / REQ#programId#createdAt#id).
 */
final class MatchRequestItem {
    String pk;
    String sk;
    String gsi1pk;
    String gsi1sk;
    String gsi2pk;
    String gsi2sk;
    String id;
    String programId;
    String menteeId;
    String mentorId;
    String origin;
    String status;
    Integer score;
    List<String> reasons;
    String message;
    String createdAt;
    String expiresAt;
    /** expiresAt in epoch milliseconds, for the "not yet expired" condition (numbers compare exactly, text may not). */
    Long expiresAtMillis;
    String respondedAt;
    String relationshipId;

    static final TableSchema<MatchRequestItem> SCHEMA = schema();

    private static TableSchema<MatchRequestItem> schema() {
        StaticTableSchema.Builder<MatchRequestItem> b =
                StaticTableSchema.builder(MatchRequestItem.class).newItemSupplier(MatchRequestItem::new);
        new ItemAttributes<>(b)
                .string(TableDefinition.PK, i -> i.pk, (i, v) -> i.pk = v, primaryPartitionKey())
                .string(TableDefinition.SK, i -> i.sk, (i, v) -> i.sk = v, primarySortKey())
                .string(TableDefinition.GSI1_PK, i -> i.gsi1pk, (i, v) -> i.gsi1pk = v, secondaryPartitionKey(TableDefinition.GSI1))
                .string(TableDefinition.GSI1_SK, i -> i.gsi1sk, (i, v) -> i.gsi1sk = v, secondarySortKey(TableDefinition.GSI1))
                .string(TableDefinition.GSI2_PK, i -> i.gsi2pk, (i, v) -> i.gsi2pk = v, secondaryPartitionKey(TableDefinition.GSI2))
                .string(TableDefinition.GSI2_SK, i -> i.gsi2sk, (i, v) -> i.gsi2sk = v, secondarySortKey(TableDefinition.GSI2))
                .string("type", i -> "matchRequest", (i, v) -> { })
                .string("id", i -> i.id, (i, v) -> i.id = v)
                .string("programId", i -> i.programId, (i, v) -> i.programId = v)
                .string("menteeId", i -> i.menteeId, (i, v) -> i.menteeId = v)
                .string("mentorId", i -> i.mentorId, (i, v) -> i.mentorId = v)
                .string("origin", i -> i.origin, (i, v) -> i.origin = v)
                .string("status", i -> i.status, (i, v) -> i.status = v)
                .integer("score", i -> i.score, (i, v) -> i.score = v)
                .strings("reasons", i -> i.reasons, (i, v) -> i.reasons = v)
                .string("message", i -> i.message, (i, v) -> i.message = v)
                .string("createdAt", i -> i.createdAt, (i, v) -> i.createdAt = v)
                .string("expiresAt", i -> i.expiresAt, (i, v) -> i.expiresAt = v)
                .number("expiresAtMillis", i -> i.expiresAtMillis, (i, v) -> i.expiresAtMillis = v)
                .string("respondedAt", i -> i.respondedAt, (i, v) -> i.respondedAt = v)
                .string("relationshipId", i -> i.relationshipId, (i, v) -> i.relationshipId = v);
        return b.build();
    }

    static MatchRequestItem from(MatchRequest r) {
        MatchRequestItem i = new MatchRequestItem();
        i.pk = Keys.matchRequest(r.id());
        i.sk = Keys.MATCH_REQUEST_SK;
        String sort = Keys.requestsIn(r.programId()) + r.createdAt() + "#" + r.id();
        i.gsi1pk = Keys.user(r.menteeId());
        i.gsi1sk = sort;
        i.gsi2pk = Keys.user(r.mentorId());
        i.gsi2sk = sort;
        i.id = r.id();
        i.programId = r.programId();
        i.menteeId = r.menteeId();
        i.mentorId = r.mentorId();
        i.origin = r.origin().wire();
        i.status = r.status().wire();
        i.score = r.score();
        i.reasons = r.reasons();
        i.message = r.message();
        i.createdAt = r.createdAt().toString();
        i.expiresAt = r.expiresAt().toString();
        i.expiresAtMillis = r.expiresAt().toEpochMilli();
        i.respondedAt = Values.text(r.respondedAt());
        i.relationshipId = r.relationshipId();
        return i;
    }

    MatchRequest toMatchRequest() {
        return new MatchRequest(id, programId, menteeId, mentorId, Values.wireEnum(MatchRequestOrigin.class, origin),
                Values.wireEnum(MatchRequestStatus.class, status), score == null ? 0 : score, Values.list(reasons), message,
                Values.instant(createdAt), Values.instant(expiresAt), Values.instant(respondedAt), relationshipId);
    }
}
