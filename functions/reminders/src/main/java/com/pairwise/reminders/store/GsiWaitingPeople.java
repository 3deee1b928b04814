package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.WaitingPeople;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The program's waiting people from the two GSI2 lists signup and matching keep, both sorted by since-when:
 * WAITLIST#programId / registeredAt#user (waitlisted registrations) and UNMATCHED#programId / since#user.
 * Reads only the people waiting, never the program's other registrations.
 */
public final class GsiWaitingPeople implements WaitingPeople {
    private final PairwiseTable table;

    public GsiWaitingPeople(PairwiseTable table) {
        this.table = table;
    }

    @Override
    public List<Waiting> of(String programId, int limit) {
        List<Waiting> out = new ArrayList<>(read(Keys.waitlist(programId), Reason.WAITLISTED, limit));
        out.addAll(read(Keys.programUnmatched(programId), Reason.UNMATCHED, limit));
        return out;
    }

    /** GSI2SK is {@code <ISO instant>#<userId>}: both come from the index key alone. */
    private List<Waiting> read(String partition, Reason reason, int limit) {
        List<Waiting> out = new ArrayList<>();
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name()).indexName(TableDefinition.GSI2)
                        .keyConditionExpression("GSI2PK = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition)))
                        .limit(limit).build())
                .items().stream().limit(limit).forEach(item -> {
                    String sort = item.get(TableDefinition.GSI2_SK).s();
                    int hash = sort.indexOf('#');
                    out.add(new Waiting(sort.substring(hash + 1), reason, Instant.parse(sort.substring(0, hash))));
                });
        return out;
    }
}
