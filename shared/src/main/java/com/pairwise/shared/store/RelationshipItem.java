package com.pairwise.shared.store;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * Storage shape of a {@link Relationship}: PK=REL#id, SK=REL; GSI2 RELS#programId / startedAt#id lists a program's
 * relationships. Each participant has a member link (PK=REL#id, SK=MEMBER#user; GSI1 USER#user / REL#startedAt#id)
 * that carries only keys; a person's relationships are the links' main items, fetched by key.
 */
final class RelationshipItem {
    String pk;
    String sk;
    String gsi2pk;
    String gsi2sk;
    String id;
    String programId;
    String mentorId;
    List<String> menteeIds;
    String format;
    String status;
    String startedAt;
    String endedAt;
    String endReason;
    List<String> goals;

    static final TableSchema<RelationshipItem> SCHEMA = schema();

    private static TableSchema<RelationshipItem> schema() {
        StaticTableSchema.Builder<RelationshipItem> b =
                StaticTableSchema.builder(RelationshipItem.class).newItemSupplier(RelationshipItem::new);
        new ItemAttributes<>(b)
                .string(TableDefinition.PK, i -> i.pk, (i, v) -> i.pk = v, primaryPartitionKey())
                .string(TableDefinition.SK, i -> i.sk, (i, v) -> i.sk = v, primarySortKey())
                .string(TableDefinition.GSI2_PK, i -> i.gsi2pk, (i, v) -> i.gsi2pk = v, secondaryPartitionKey(TableDefinition.GSI2))
                .string(TableDefinition.GSI2_SK, i -> i.gsi2sk, (i, v) -> i.gsi2sk = v, secondarySortKey(TableDefinition.GSI2))
                .string("type", i -> "relationship", (i, v) -> { })
                .string("id", i -> i.id, (i, v) -> i.id = v)
                .string("programId", i -> i.programId, (i, v) -> i.programId = v)
                .string("mentorId", i -> i.mentorId, (i, v) -> i.mentorId = v)
                .strings("menteeIds", i -> i.menteeIds, (i, v) -> i.menteeIds = v)
                .string("format", i -> i.format, (i, v) -> i.format = v)
                .string("status", i -> i.status, (i, v) -> i.status = v)
                .string("startedAt", i -> i.startedAt, (i, v) -> i.startedAt = v)
                .string("endedAt", i -> i.endedAt, (i, v) -> i.endedAt = v)
                .string("endReason", i -> i.endReason, (i, v) -> i.endReason = v)
                .strings("goals", i -> i.goals, (i, v) -> i.goals = v);
        return b.build();
    }

    static RelationshipItem from(Relationship r) {
        RelationshipItem i = new RelationshipItem();
        i.pk = Keys.relationship(r.id());
        i.sk = Keys.RELATIONSHIP_SK;
        i.gsi2pk = Keys.programRelationships(r.programId());
        i.gsi2sk = r.startedAt() + "#" + r.id();
        i.id = r.id();
        i.programId = r.programId();
        i.mentorId = r.mentorId();
        i.menteeIds = r.menteeIds();
        i.format = r.format().wire();
        i.status = r.status().wire();
        i.startedAt = r.startedAt().toString();
        i.endedAt = Values.text(r.endedAt());
        i.endReason = r.endReason();
        i.goals = r.goals();
        return i;
    }

    Relationship toRelationship() {
        return new Relationship(id, programId, mentorId, Values.list(menteeIds), Values.wireEnum(ProgramFormat.class, format),
                Values.wireEnum(RelationshipStatus.class, status), Values.instant(startedAt), Values.instant(endedAt),
                endReason, Values.list(goals));
    }
}
