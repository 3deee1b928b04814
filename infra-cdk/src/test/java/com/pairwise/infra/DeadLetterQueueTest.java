package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Dead-letter queues created anywhere in the stack are found and alarmed on; built from the stack's own constructs
 * the way PairwiseStack assembles them, with a DLQ nested inside another construct as a later function would.
 */
class DeadLetterQueueTest {

    @Test
    void everyDeadLetterQueueIsEncryptedTlsOnlyAndAlarmedOnItsFirstMessage() {
        App app = new App();
        Stack stack = new Stack(app, "DlqStack", StackProps.builder()
                .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
        PairwiseConfig config = PairwiseConfig.defaults().withAlarmEmail("ops@example.org");
        PairwiseTable table = new PairwiseTable(stack, "Data", false);
        PairwiseAuth auth = new PairwiseAuth(stack, "Auth", config);
        JavaFunction fn = new JavaFunction(stack, "Signup", PairwiseFunctions.SIGNUP,
                Code.fromAsset(TestSupport.dummyJar().toString()), table.getTable(), RemovalPolicy.DESTROY);
        PairwiseApi api = new PairwiseApi(stack, "Api", config, auth, Map.of("signup", fn), TestSupport.fixtureRoutes(),
                RemovalPolicy.DESTROY);
        DeadLetterQueue nested = new DeadLetterQueue(fn, "AsyncFailures", "failed asynchronous signup invocations",
                RemovalPolicy.DESTROY);
        DeadLetterQueue top = new DeadLetterQueue(stack, "EventFailures", "undeliverable events", RemovalPolicy.DESTROY);

        List<DeadLetterQueue> found = DeadLetterQueue.allIn(stack);
        assertEquals(2, found.size());
        new PairwiseAlarms(stack, "Alarms", config, List.of(fn), api, found);
        Template template = Template.fromStack(stack);

        template.resourceCountIs("AWS::SQS::Queue", 2);
        template.allResourcesProperties("AWS::SQS::Queue", Map.of(
                "SqsManagedSseEnabled", true, "MessageRetentionPeriod", 14 * 24 * 3600));
        template.resourceCountIs("AWS::SQS::QueuePolicy", 2);
        template.allResourcesProperties("AWS::SQS::QueuePolicy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        for (DeadLetterQueue dlq : List.of(nested, top)) {
            template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "Namespace", "AWS/SQS",
                    "MetricName", "ApproximateNumberOfMessagesVisible",
                    "Statistic", "Maximum",
                    "Threshold", 1,
                    "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                    "Dimensions", List.of(Map.of("Name", "QueueName", "Value", stack.resolve(dlq.getQueue().getQueueName()))),
                    "AlarmActions", List.of(stack.resolve(((PairwiseAlarms) stack.getNode().findChild("Alarms")).getTopic().getTopicArn()))));
        }
        // 2 per function + API 5xx + 2 queues
        template.resourceCountIs("AWS::CloudWatch::Alarm", 5);

        // cdk-nag: the queues and alarms add no finding beyond SQS3 (a DLQ has no DLQ), suppressed on the queue
        Aspects.of(stack).add(AwsSolutionsChecks.Builder.create().build());
        Annotations annotations = Annotations.fromStack(stack);
        for (String path : List.of("/DlqStack/Signup/AsyncFailures/Queue/Resource", "/DlqStack/EventFailures/Queue/Resource",
                "/DlqStack/Alarms/*")) {
            List<SynthesisMessage> findings = new java.util.ArrayList<>(annotations.findError(path, Match.stringLikeRegexp("AwsSolutions-.*")));
            findings.addAll(annotations.findWarning(path, Match.stringLikeRegexp("AwsSolutions-.*")));
            assertEquals(List.of(), findings.stream().map(f -> f.getEntry().getData().toString()).toList(), path);
        }
    }

    @Test
    void corsOriginMustBeOneExplicitOrigin() {
        PairwiseConfig d = PairwiseConfig.defaults();
        for (String bad : List.of("*", "https://*.example.org", "example.org", "https://a.org,https://b.org", "https://a.org/app")) {
            assertThrows(IllegalArgumentException.class, () -> d.withCorsOrigin(bad), bad);
        }
        assertEquals("https://app.example.org", d.withCorsOrigin("https://app.example.org/").corsOrigin());
        assertEquals(null, d.withCorsOrigin(" ").corsOrigin());
    }
}
