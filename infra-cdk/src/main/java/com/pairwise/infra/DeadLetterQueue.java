package com.pairwise.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * An SQS queue that keeps what could not be delivered or processed (failed asynchronous invocations, undeliverable
 * EventBridge events) for 14 days: encrypted, TLS only. {@link PairwiseAlarms} finds every dead-letter queue in
 * the stack and alarms as soon as one holds a message, so use this construct for every DLQ. Typical uses:
 * {@code Function.Builder...deadLetterQueue(dlq.getQueue())}, {@code SqsDestination(dlq.getQueue())} as
 * on-failure destination, or {@code LambdaFunctionProps.deadLetterQueue(dlq.getQueue())} for an EventBridge target
 * (then grant the events service {@code sqs:SendMessage} with {@code dlq.getQueue().grantSendMessages(...)}).
 */
public class DeadLetterQueue extends Construct {

    public static final Duration RETENTION = Duration.days(14);

    private final Queue queue;
    private final String purpose;

    /**
     * @param purpose what ends up here, for the alarm's description, e.g. "failed matching runs"
     */
    public DeadLetterQueue(Construct scope, String id, String purpose, RemovalPolicy removalPolicy) {
        super(scope, id);
        this.purpose = purpose;
        queue = Queue.Builder.create(this, "Queue")
                .retentionPeriod(RETENTION)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .removalPolicy(removalPolicy)
                .build();
        NagSuppressions.addResourceSuppressions(queue, List.of(
                NagPackSuppression.builder()
                        .id("AwsSolutions-SQS3")
                        .reason("This queue is itself a dead-letter queue; messages are kept 14 days and alarmed on.")
                        .build()), true);
    }

    /** Every dead-letter queue at or below {@code scope}, wherever in the tree it was created. */
    public static List<DeadLetterQueue> allIn(IConstruct scope) {
        List<DeadLetterQueue> found = new ArrayList<>();
        for (IConstruct c : scope.getNode().findAll()) {
            if (c instanceof DeadLetterQueue dlq) {
                found.add(dlq);
            }
        }
        return found;
    }

    public Queue getQueue() {
        return queue;
    }

    public String getPurpose() {
        return purpose;
    }
}
