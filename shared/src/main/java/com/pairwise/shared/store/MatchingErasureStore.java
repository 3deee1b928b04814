package com.pairwise.shared.store;

import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What the matching function does to its items when a person is erased ({@link PersonErased}). Everything is found
 * from the person's id by a key or an index (their member links on GSI1, their requests on GSI1 / GSI2, their per-program
 * items by key), one page at a time; every write is conditional on the person still being there, so a redelivered
 * or resumed erasure changes nothing twice.
 */
public final class MatchingErasureStore {
    /** Stands in the relationship's {@code endReason} (free text that may name the person) after an erasure. */
    public static final String ERASED_REASON = "participant-erased";
    private static final int PAGE = 25;

    private final PairwiseTable table;
    private final RunErasureStore runs;

    public MatchingErasureStore(PairwiseTable table) {
        this.table = table;
        this.runs = new RunErasureStore(table);
    }

    /**
     * Replaces the person by the pseudonym in every item of the program's matching runs that names them (proposed
     * pairs, the unmatched, commit plans and failures, who started or committed a run), dropping the words about them.
     *
     * @return how many run items were rewritten (0 on a redelivery)
     */
    public int pseudonymiseRuns(String programId, PersonErased erasure) {
        return runs.pseudonymise(programId, erasure);
    }

    /** The ids of the relationships the person has a member link in (GSI1 USER#p / REL#...), read a page at a time. */
    public void forEachRelationshipOf(String personId, Consumer<String> action) {
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("GSI1PK = :u AND begins_with(GSI1SK, :r)")
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(Keys.user(personId)),
                                ":r", AttributeValue.fromS(Keys.RELATIONSHIP_PREFIX)))
                        .limit(PAGE).build())
                .items().forEach(link -> action.accept(link.get("relationshipId").s()));
    }

    /** Every request the person made (GSI1) or received (GSI2), read a page at a time. */
    public void forEachRequestOf(String personId, Consumer<MatchRequest> action) {
        for (String index : List.of(TableDefinition.GSI1, TableDefinition.GSI2)) {
            String pk = index.equals(TableDefinition.GSI1) ? TableDefinition.GSI1_PK : TableDefinition.GSI2_PK;
            String sk = index.equals(TableDefinition.GSI1) ? TableDefinition.GSI1_SK : TableDefinition.GSI2_SK;
            table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(index)
                            .keyConditionExpression(pk + " = :u AND begins_with(" + sk + ", :r)")
                            .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(Keys.user(personId)),
                                    ":r", AttributeValue.fromS("REQ#")))
                            .limit(PAGE).build())
                    .items().forEach(item -> action.accept(MatchRequestItem.SCHEMA.mapToItem(item).toMatchRequest()));
        }
    }

    /**
     * Replaces the person by the pseudonym in an ended relationship and drops their member link, in one transaction.
     * The goals (a copy of the mentees' own words) go when the person was a mentee or a peer, and the end reason
     * (free text) in every case.
     *
     * @return false when the relationship no longer names the person (erased before) or has not ended
     */
    public boolean pseudonymise(Relationship ended, PersonErased erasure) {
        String person = erasure.personId();
        boolean personsGoals = ended.menteeIds().contains(person) || ended.format() == ProgramFormat.PEER;
        Relationship pseudonymous = new Relationship(ended.id(), ended.programId(), erasure.replace(ended.mentorId()),
                erasure.replace(ended.menteeIds()), ended.format(), ended.status(), ended.startedAt(), ended.endedAt(),
                ERASED_REASON, personsGoals ? List.of() : ended.goals());
        Put put = Put.builder().tableName(table.name())
                .item(RelationshipItem.SCHEMA.itemToMap(RelationshipItem.from(pseudonymous), true))
                .conditionExpression("#s = :ended AND (mentorId = :p OR contains(menteeIds, :p))")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":ended", AttributeValue.fromS(RelationshipStatus.ENDED.wire()),
                        ":p", AttributeValue.fromS(person)))
                .build();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put).build());
        writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(memberLink(ended.id(), person)).build()).build());
        if (Transactions.write(table.dynamo(), writes).isPresent()) {
            dropMemberLink(ended.id(), person);
            return false;
        }
        return true;
    }

    /** Removes the person's link to a relationship that does not name them (any more). Deleting twice is harmless. */
    public void dropMemberLink(String relationshipId, String personId) {
        table.dynamo().deleteItem(b -> b.tableName(table.name()).key(memberLink(relationshipId, personId)));
    }

    /**
     * Replaces the person by the pseudonym in a request that is no longer pending and takes it off their index
     * (their GSI key held their id). The score's reasons describe the pair and the message is the mentee's words, so
     * both go when the person was the mentee; when they were the mentor the message stays with its author.
     *
     * @return false when the request no longer names the person
     */
    public boolean pseudonymise(MatchRequest request, PersonErased erasure) {
        boolean mentee = request.menteeId().equals(erasure.personId());
        String side = mentee ? "menteeId" : "mentorId";
        String index = mentee ? "GSI1PK, GSI1SK" : "GSI2PK, GSI2SK";
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":p", AttributeValue.fromS(erasure.personId()));
        values.put(":pseudonym", AttributeValue.fromS(erasure.pseudonym()));
        values.put(":pending", AttributeValue.fromS("pending"));
        try {
            table.dynamo().updateItem(b -> b.tableName(table.name())
                    .key(Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.matchRequest(request.id())),
                            TableDefinition.SK, AttributeValue.fromS(Keys.MATCH_REQUEST_SK)))
                    .updateExpression("SET #side = :pseudonym REMOVE " + index + ", reasons" + (mentee ? ", message" : ""))
                    .conditionExpression("#side = :p AND #s <> :pending")
                    .expressionAttributeNames(Map.of("#side", side, "#s", "status"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException erasedBefore) {
            return false;
        }
    }

    /**
     * Drops the person's bookkeeping in one program: their mentor load (their relationships have ended, so it counts
     * nobody) and their place among those waiting for a freed one. Deleting what is gone already is harmless.
     */
    public void forget(String programId, String personId) {
        table.dynamo().deleteItem(b -> b.tableName(table.name()).key(MentorLoadItem.key(programId, personId)));
        new WaitlistStore(table).remove(programId, personId);
    }

    private static Map<String, AttributeValue> memberLink(String relationshipId, String personId) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(Keys.relationship(relationshipId)),
                TableDefinition.SK, AttributeValue.fromS(Keys.member(personId)));
    }
}
