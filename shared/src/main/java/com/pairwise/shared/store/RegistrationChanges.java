package com.pairwise.shared.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Short-lived change markers (PK=PROGRAM#id, SK=REGCHANGE#&lt;13-digit epoch ms&gt;#&lt;userId&gt;#&lt;nonce&gt;), one
 * written in the transaction of every registration change next to the {@link MatchingVersion} bump. A process holding
 * a program's registrations in memory reads the markers since it last looked and re-reads just those people instead of
 * the whole program. The nonce makes each transaction's marker its own item, so markers can be counted against the
 * counter's movement; {@value #TTL_ATTRIBUTE} lets DynamoDB delete them after {@link #LIFETIME}.
 */
public final class RegistrationChanges {
    public static final String TTL_ATTRIBUTE = "ttl";
    /** Far longer than a warm index lives (it is recompiled after ten minutes), so no marker it needs is gone yet. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    static final String PREFIX = "REGCHANGE#";

    private final PairwiseTable table;

    public RegistrationChanges(PairwiseTable table) {
        this.table = table;
    }

    /** One marker: its sort key (unique per transaction) and whose registration changed. */
    public record Change(String key, String userId) {
    }

    /** The sort key every marker stamped at or after {@code at} sorts at or after. */
    public static String keyFrom(Instant at) {
        return PREFIX + Keys.digits(Math.max(0, at.toEpochMilli()), 13);
    }

    /** Every marker stamped at or after {@code from}, oldest first (a consistent Query of the program's partition). */
    public List<Change> since(String programId, Instant from) {
        List<Change> out = new ArrayList<>();
        table.dynamo().queryPaginator(QueryRequest.builder().tableName(table.name())
                        .keyConditionExpression("PK = :p AND SK BETWEEN :from AND :to")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.program(programId)),
                                ":from", AttributeValue.fromS(keyFrom(from)), ":to", AttributeValue.fromS(PREFIX + "~")))
                        .projectionExpression("SK, userId").consistentRead(true).build())
                .items().forEach(item -> out.add(new Change(item.get(TableDefinition.SK).s(), item.get("userId").s())));
        return out;
    }

    /** The marker of one registration change, for that change's transaction; {@code at} is the change's own time. */
    static TransactWriteItem changed(String table, String programId, String userId, Instant at) {
        String nonce = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(programId)),
                TableDefinition.SK, AttributeValue.fromS(keyFrom(at) + "#" + userId + "#" + nonce),
                "type", AttributeValue.fromS("registrationChange"),
                "userId", AttributeValue.fromS(userId),
                TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(at.plus(LIFETIME).getEpochSecond())))).build()).build();
    }
}
