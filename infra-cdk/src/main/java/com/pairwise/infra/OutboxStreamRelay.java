package com.pairwise.infra;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.EventSourceMapping;
import software.amazon.awscdk.services.lambda.FilterCriteria;
import software.amazon.awscdk.services.lambda.FilterRule;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.constructs.Construct;

/**
 * Events leave through the table's stream: every function only commits its outbox entries (environment
 * {@value #DELIVERY_ENV}={@value #DELIVERY}), and the matching function, fed the stream's new outbox entries by this
 * event source mapping, sends them to the bus and clears them. Requests so skip a PutEvents and a DeleteItem each;
 * the matching function's scheduled drain still sends anything left behind.
 */
public class OutboxStreamRelay extends Construct {

    /** Same name and value as shared's {@code OutboxDelivery.ENV} and its stream delivery. */
    public static final String DELIVERY_ENV = "OUTBOX_DELIVERY";
    public static final String DELIVERY = "stream";
    /** What reading the stream takes, granted on this table's stream only. */
    public static final List<String> STREAM_ACTIONS = List.of(
            "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams");
    /**
     * The drain sends entries older than two minutes (shared's {@code EventRelay.STREAM_GRACE}); a stream running
     * this far behind means events are late and some will go out twice.
     */
    public static final Duration LATE_AFTER = Duration.minutes(2);

    /** The mapping's filter; sorted keys, so every synth writes the same pattern and a deploy changes nothing. */
    static final Map<String, Object> NEW_OUTBOX_ENTRIES = new TreeMap<>(Map.of(
            "eventName", FilterRule.isEqual("INSERT"),
            "dynamodb", Map.of("NewImage", Map.of("type", Map.of("S", FilterRule.isEqual("outbox"))))));

    /** Shared's {@code EventRelay.DRAINED}: the log line of a drain that sent entries late. */
    public static final String DRAINED_EVENT = "outbox-drained";
    public static final String DRAINED_METRIC = "OutboxEntriesSentLate";
    /** The stage is in the namespace: a metric filter's metric carries no Stage dimension. */
    public static final String METRICS_NAMESPACE_PREFIX = "Pairwise/";

    private final EventSourceMapping mapping;
    private final MetricFilter drained;
    private final DeadLetterQueue failedBatches;
    private final JavaFunction relay;

    /**
     * @param relay      the function that reads the stream (matching, which also runs the drain)
     * @param publishers the stack's functions; each is told to leave sending to the stream (one that announces
     *                   nothing, as reminders, ignores it)
     */
    public OutboxStreamRelay(Construct scope, String id, String stage, Table table, JavaFunction relay,
                             Collection<JavaFunction> publishers, RemovalPolicy removalPolicy) {
        super(scope, id);
        this.relay = relay;
        relay.getRole().addToPolicy(PolicyStatement.Builder.create()
                .sid("ReadTableStream")
                .effect(Effect.ALLOW)
                .actions(STREAM_ACTIONS)
                .resources(List.of(table.getTableStreamArn()))
                .build());
        // The relay never fails a batch for a refused event (the entry stays for the drain), so batches land here only
        // when the function itself failed them past the retries; their entries are still in the outbox.
        failedBatches = new DeadLetterQueue(this, "FailedBatches", "stream batches the outbox relay could not process",
                removalPolicy);
        mapping = EventSourceMapping.Builder.create(this, "Mapping")
                .target(relay.getAlias())
                .eventSourceArn(table.getTableStreamArn())
                // LATEST: a mapping created anew (first deploy, or replaced) does not replay up to a day of entries
                // already sent; what was written before it reads the stream is still in the outbox, for the drain.
                .startingPosition(StartingPosition.LATEST)
                .batchSize(100)
                .maxBatchingWindow(Duration.seconds(0))
                .bisectBatchOnError(true)
                .retryAttempts(5)
                .maxRecordAge(Duration.hours(1))
                .onFailure(new SqsDlq(failedBatches.getQueue()))
                // Only new outbox entries wake the function; every other write to the table stays on the stream.
                .filters(List.of(FilterCriteria.filter(NEW_OUTBOX_ENTRIES)))
                .build();
        mapping.getNode().addDependency(relay.getRole()); // the mapping checks its rights when it is created
        // A stalled or disabled mapping reports no lag at all; what it leaves behind goes out late through the drain,
        // whose log line (shared's EventRelay.DRAINED) this turns into a count to alarm on.
        drained = MetricFilter.Builder.create(this, "DrainedLate")
                .logGroup(relay.getLogGroup())
                .filterPattern(FilterPattern.stringValue("$.event", "=", DRAINED_EVENT))
                .metricNamespace(METRICS_NAMESPACE_PREFIX + stage)
                .metricName(DRAINED_METRIC)
                .metricValue("$.sent")
                .defaultValue(0)
                .build();
        for (JavaFunction fn : publishers) {
            fn.getFunction().addEnvironment(DELIVERY_ENV, DELIVERY);
        }
    }

    /** How far behind the stream's newest record the relay is reading (Lambda's IteratorAge, worst in the period). */
    public IMetric iteratorAge(Duration period) {
        return relay.getFunction().metric("IteratorAge", MetricOptions.builder().period(period).statistic("Maximum").build());
    }

    /** Outbox entries the drain sent because neither their request nor the stream had (Sum in the period). */
    public IMetric entriesSentLate(Duration period) {
        return drained.metric(MetricOptions.builder().period(period).statistic("Sum").build());
    }

    /** The function that reads the stream and sends every function's events. */
    public JavaFunction getSender() {
        return relay;
    }

    public EventSourceMapping getMapping() {
        return mapping;
    }

    public DeadLetterQueue getFailedBatches() {
        return failedBatches;
    }
}
