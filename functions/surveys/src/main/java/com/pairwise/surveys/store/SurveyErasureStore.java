package com.pairwise.surveys.store;

import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.shared.store.Transactions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The surveys function's items of a person, for an erasure. Their instances are on GSI1 ({@code USER#p / SURVEY#...}),
 * read a page at a time; each instance goes in one transaction with its non-anonymous answer ({@code SURVEYRESP#}), the
 * person's skills baseline in that relationship and their check-in flag, so nothing is left that a retry could not
 * find again. Report counters are sums without anyone in them and stay; so do anonymous answers (nothing links them).
 * A relationship as surveys saw it ({@code SURVEYREL#}) keeps the pseudonym in the person's place.
 */
public final class SurveyErasureStore {
    private static final int PAGE = 25;
    private static final String NEEDS_CHECK_IN = "needs_check_in";

    private final PairwiseTable table;

    public SurveyErasureStore(PairwiseTable table) {
        this.table = table;
    }

    /** @return how many instances were deleted */
    public int eraseInstances(String personId) {
        int erased = 0;
        for (var page : table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI1)
                .keyConditionExpression("GSI1PK = :u AND begins_with(GSI1SK, :s)")
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(Keys.user(personId)),
                        ":s", AttributeValue.fromS(SurveyKeys.USER_SURVEY_PREFIX)))
                .limit(PAGE).build())) {
            for (Map<String, AttributeValue> instance : page.items()) {
                Transactions.write(table.dynamo(), instanceWrites(instance, personId));
                erased++;
            }
        }
        return erased;
    }

    private List<TransactWriteItem> instanceWrites(Map<String, AttributeValue> instance, String personId) {
        String programPk = Keys.program(instance.get("programId").s());
        String instanceId = instance.get("id").s();
        String relationshipId = instance.get("relationshipId").s();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(delete(SurveyKeys.instance(instanceId), SurveyKeys.INSTANCE_SK));
        if (!instance.get("anonymous").bool()) {
            writes.add(delete(programPk, SurveyKeys.response(instanceId)));
            writes.add(delete(programPk, SurveyKeys.skillBaseline(relationshipId, personId)));
            // The report's list of who asks for a check-in names them; a flag that is not there is not an error.
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                    .key(key(programPk, SurveyKeys.STATS_ALL))
                    .updateExpression("DELETE #f :flag")
                    .expressionAttributeNames(Map.of("#f", NEEDS_CHECK_IN))
                    .expressionAttributeValues(Map.of(":flag", AttributeValue.fromSs(List.of(relationshipId + "#" + personId))))
                    .build()).build());
        }
        return writes;
    }

    /**
     * Puts the pseudonym in the person's place in the relationship as surveys recorded it (its participants decide who
     * later surveys go to: a pseudonym has no registration, so nothing is sent to it).
     *
     * @return false when it does not name the person (erased before, or never recorded)
     */
    public boolean pseudonymiseRelationship(String programId, String relationshipId, PersonErased erasure) {
        Map<String, AttributeValue> key = key(Keys.program(programId), SurveyKeys.tracked(relationshipId));
        while (true) {
            Map<String, AttributeValue> item = table.dynamo().getItem(b -> b.tableName(table.name()).key(key).consistentRead(true)).item();
            if (item == null || !item.containsKey("mentorId")) {
                return false;
            }
            String mentor = item.get("mentorId").s();
            List<String> mentees = AnswerAttributes.strings(item.get("menteeIds"));
            if (!mentor.equals(erasure.personId()) && !mentees.contains(erasure.personId())) {
                return false;
            }
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":m", AttributeValue.fromS(erasure.replace(mentor)));
            values.put(":ms", list(erasure.replace(mentees)));
            values.put(":readM", AttributeValue.fromS(mentor));
            values.put(":readMs", list(mentees));
            try {
                table.dynamo().updateItem(b -> b.tableName(table.name()).key(key)
                        .updateExpression("SET mentorId = :m, menteeIds = :ms")
                        .conditionExpression("mentorId = :readM AND menteeIds = :readMs")
                        .expressionAttributeValues(values));
                return true;
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                // A group grew or the end was recorded meanwhile: read it again.
            }
        }
    }

    private TransactWriteItem delete(String pk, String sk) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(key(pk, sk)).build()).build();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(TableDefinition.PK, AttributeValue.fromS(pk), TableDefinition.SK, AttributeValue.fromS(sk));
    }

    private static AttributeValue list(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).collect(Collectors.toList()));
    }
}
