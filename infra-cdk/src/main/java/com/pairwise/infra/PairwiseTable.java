package com.pairwise.infra;

import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/** The single DynamoDB table (PK/SK plus the global secondary indexes in {@link #INDEXES}). */
public class PairwiseTable extends Construct {

    public static final String PARTITION_KEY = "PK";
    public static final String SORT_KEY = "SK";
    /** Same name as shared's {@code RegistrationChanges.TTL_ATTRIBUTE}. */
    public static final String TIME_TO_LIVE = "ttl";

    /** A global secondary index with string keys and projection ALL. */
    public record IndexDefinition(String name, String partitionKey, String sortKey) {
        public IndexDefinition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(partitionKey, "partitionKey");
        }

        /** The conventional {@code GSIn} index with keys {@code GSInPK} / {@code GSInSK}. */
        public static IndexDefinition numbered(int n) {
            return new IndexDefinition("GSI" + n, "GSI" + n + "PK", "GSI" + n + "SK");
        }
    }

    /** The table's global secondary indexes. Append here when a function needs a new access pattern. */
    public static final List<IndexDefinition> INDEXES = List.of(
            IndexDefinition.numbered(1),
            IndexDefinition.numbered(2));

    private final Table table;

    public PairwiseTable(Construct scope, String id, boolean deletionProtection) {
        super(scope, id);
        table = Table.Builder.create(this, "Table")
                .partitionKey(stringAttr(PARTITION_KEY))
                .sortKey(stringAttr(SORT_KEY))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                // Short-lived items (registration change markers) carry their expiry here, epoch seconds.
                .timeToLiveAttribute(TIME_TO_LIVE)
                // New images only: the outbox relay reads new outbox entries from it (OutboxStreamRelay).
                .stream(StreamViewType.NEW_IMAGE)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .encryption(TableEncryption.AWS_MANAGED)
                .deletionProtection(deletionProtection)
                .removalPolicy(deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        for (IndexDefinition index : INDEXES) {
            GlobalSecondaryIndexProps.Builder gsi = GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(stringAttr(index.partitionKey()))
                    .projectionType(ProjectionType.ALL);
            if (index.sortKey() != null) {
                gsi.sortKey(stringAttr(index.sortKey()));
            }
            table.addGlobalSecondaryIndex(gsi.build());
        }
    }

    public Table getTable() {
        return table;
    }

    private static Attribute stringAttr(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
