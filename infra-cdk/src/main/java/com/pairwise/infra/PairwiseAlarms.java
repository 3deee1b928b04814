package com.pairwise.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Alarms that page someone, all sent to one SNS topic (encrypted, TLS only) with the {@code alarmEmail} subscribed
 * when configured: per function Lambda Errors and Throttles, HTTP API 5xx, per dead-letter queue any message
 * visible, and events sent late ({@link #watch}). Each alarm fires on the first occurrence in five minutes, as there is
 * no normal rate of these; only the stream's lag has a threshold, the drain's two-minute grace.
 */
public class PairwiseAlarms extends Construct {

    static final Duration PERIOD = Duration.minutes(5);

    private final Topic topic;
    private final SnsAction notify;
    private final List<Alarm> alarms = new ArrayList<>();

    public PairwiseAlarms(Construct scope, String id, PairwiseConfig config, Collection<JavaFunction> functions,
                          PairwiseApi api, Collection<DeadLetterQueue> deadLetterQueues) {
        super(scope, id);
        topic = Topic.Builder.create(this, "Topic")
                .displayName("Pairwise " + config.stage() + " alarms")
                .masterKey(Alias.fromAliasName(this, "SnsManagedKey", "alias/aws/sns"))
                .enforceSsl(true)
                .build();
        if (config.alarmEmail() != null) {
            topic.addSubscription(new EmailSubscription(config.alarmEmail()));
        }
        notify = new SnsAction(topic);
        MetricOptions sum = MetricOptions.builder().period(PERIOD).statistic("Sum").build();

        for (JavaFunction fn : functions) {
            String name = fn.getDefinition().name();
            String cid = fn.getDefinition().constructId();
            alarm(cid + "Errors", "The " + name + " function failed (uncaught error, timeout or out of memory)",
                    fn.getFunction().metricErrors(sum), notify);
            alarm(cid + "Throttles", "Invocations of the " + name + " function were throttled (concurrency limit)",
                    fn.getFunction().metricThrottles(sum), notify);
        }
        alarm("Api5xx", "The HTTP API answered with 5xx (function faults, integration errors or timeouts)",
                api.getHttpApi().metricServerError(sum), notify);
        for (DeadLetterQueue dlq : deadLetterQueues) {
            String path = dlq.getNode().getPath().replace('/', '-');
            alarm("DeadLetters-" + path, "Messages are waiting in the dead-letter queue of " + dlq.getPurpose(),
                    dlq.getQueue().metricApproximateNumberOfMessagesVisible(
                            MetricOptions.builder().period(PERIOD).statistic("Maximum").build()), notify);
        }
    }

    /**
     * Alarms when events go out late: the outbox relay reads the table's stream later than the drain's grace, or the
     * drain had to send entries (a refused PutEvents, or a stream mapping that stalled and so reports no lag).
     */
    public void watch(OutboxStreamRelay relay) {
        alarm("OutboxStreamLate", "The outbox relay reads the table's stream more than "
                        + OutboxStreamRelay.LATE_AFTER.toMinutes() + " minutes late: events reach the bus late, some twice",
                relay.iteratorAge(PERIOD), OutboxStreamRelay.LATE_AFTER.toMilliseconds(), notify);
        alarm("OutboxSentLate", "The drain sent events their request and the table's stream had not: the bus refused "
                + "them, or the stream mapping is stalled or disabled", relay.entriesSentLate(PERIOD), notify);
    }

    private void alarm(String id, String description, IMetric metric, SnsAction notify) {
        alarm(id, description, metric, 1, notify);
    }

    private void alarm(String id, String description, IMetric metric, Number threshold, SnsAction notify) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify); // so whoever was paged also learns it is over
        alarms.add(alarm);
    }

    public Topic getTopic() {
        return topic;
    }

    public List<Alarm> getAlarms() {
        return List.copyOf(alarms);
    }
}
