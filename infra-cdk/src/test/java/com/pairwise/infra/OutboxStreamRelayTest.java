package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Events leave through the table's stream: the stream, its mapping to matching, and what every function is told. */
class OutboxStreamRelayTest {
    static PairwiseStack stack;
    static Template template;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("stage", "test")).build();
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()));
        template = Template.fromStack(stack);
    }

    private static Object resolve(Object token) {
        return stack.resolve(token);
    }

    @Test
    void theTableStreamsNewImages() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "StreamSpecification", Map.of("StreamViewType", "NEW_IMAGE")));
    }

    @Test
    void onlyNewOutboxEntriesReachTheMatchingFunctionsLiveAlias() {
        template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionName", resolve(stack.getFunctions().get("matching").getAlias().getFunctionName()),
                "EventSourceArn", resolve(stack.getTable().getTable().getTableStreamArn()),
                "StartingPosition", "LATEST",
                "BisectBatchOnFunctionError", true,
                "FilterCriteria", Map.of("Filters", List.of(Map.of("Pattern",
                        "{\"dynamodb\":{\"NewImage\":{\"type\":{\"S\":[\"outbox\"]}}},\"eventName\":[\"INSERT\"]}"))),
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination",
                        resolve(stack.getOutboxRelay().getFailedBatches().getQueue().getQueueArn()))),
                "MaximumRetryAttempts", 5));
    }

    /** The literal is also pinned on the other side, by matching's OutboxStreamTest reading the drain's log line. */
    @Test
    void entriesTheDrainSendsLateAreCountedFromMatchingsLogAndAlarmed() {
        template.hasResourceProperties("AWS::Logs::MetricFilter", Map.of(
                "LogGroupName", resolve(stack.getFunctions().get("matching").getLogGroup().getLogGroupName()),
                "FilterPattern", "{ $.event = \"outbox-drained\" }",
                "MetricTransformations", List.of(Map.of("MetricNamespace", "Pairwise/test", "MetricName", "OutboxEntriesSentLate",
                        "MetricValue", "$.sent", "DefaultValue", 0))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "Pairwise/test", "MetricName", "OutboxEntriesSentLate", "Statistic", "Sum", "Threshold", 1,
                "AlarmActions", List.of(resolve(stack.getAlarmTopic().getTopicArn()))));
    }

    @Test
    void everyFunctionLeavesSendingToTheStream() {
        template.findResources("AWS::Lambda::Function", Map.of("Properties", Map.of("Handler", Match.stringLikeRegexp("com\\.pairwise\\..*"))))
                .values().forEach(f -> {
                    Map<?, ?> vars = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) f.get("Properties")).get("Environment")).get("Variables");
                    assertEquals("stream", vars.get("OUTBOX_DELIVERY"), String.valueOf(f.get("Properties")));
                });
        assertEquals(PairwiseFunctions.ALL.size(),
                template.findResources("AWS::Lambda::Function", Map.of("Properties", Map.of("Environment", Map.of("Variables",
                        Match.objectLike(Map.of("OUTBOX_DELIVERY", "stream")))))).size());
    }

    @Test
    void withoutMatchingNothingReadsTheStreamSoFunctionsSendTheirOwn() {
        App app = App.Builder.create().context(Map.of("stage", "test")).build();
        PairwiseStack alone = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()), TestSupport.fixtureRoutes().stream()
                .filter(r -> !r.function().equals("matching")).toList(), List.of(PairwiseFunctions.SIGNUP, PairwiseFunctions.AGENDA));
        Template t = Template.fromStack(alone);
        t.resourceCountIs("AWS::Lambda::EventSourceMapping", 0);
        t.findResources("AWS::Lambda::Function").values().forEach(f ->
                assertFalse(String.valueOf(f.get("Properties")).contains("OUTBOX_DELIVERY")));
        t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Action", "events:PutEvents"))))),
                "Roles", List.of(alone.resolve(alone.getFunctions().get("signup").getRole().getRoleName()))));
    }
}
