package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** The agenda function and the EventBridge rule that hands it every RelationshipStarted event. */
class EventRulesTest {
    static PairwiseStack stack;
    static Template template;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("stage", "test")).build();
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()));
        template = Template.fromStack(stack);
    }

    @Test
    void theAgendaFunctionIsDeployedLikeTheOthers() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.pairwise.agenda.AgendaHandler::handleRequest",
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void relationshipStartedFromMatchingGoesToTheAgendaFunctionsLiveAlias() {
        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", "pairwise-test"));
        Object agendaAlias = stack.resolve(stack.getFunctions().get("agenda").getAlias().getFunctionArn());
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", stack.resolve(stack.getEvents().getBus().getEventBusName()),
                "EventPattern", Map.of("source", List.of("pairwise.matching"), "detail-type", List.of("RelationshipStarted")),
                "State", "ENABLED",
                "Targets", List.of(Map.of(
                        "Arn", agendaAlias,
                        "Id", "Target0",
                        "RetryPolicy", Map.of("MaximumRetryAttempts", PairwiseEvents.AGENDA_RETRY_ATTEMPTS, "MaximumEventAgeInSeconds", 6 * 3600)))));
    }

    @Test
    void onlyItsTwoRulesMayInvokeTheAgendaFunctionFromEventBridge() {
        Object agendaAlias = stack.resolve(stack.getFunctions().get("agenda").getAlias().getFunctionArn());
        var perms = template.findResources("AWS::Lambda::Permission",
                Map.of("Properties", Map.of("Principal", "events.amazonaws.com", "FunctionName", agendaAlias)));
        assertEquals(2, perms.size(), "RelationshipStarted, PersonErased");
        for (var perm : perms.values()) {
            Map<?, ?> props = (Map<?, ?>) perm.get("Properties");
            assertEquals("lambda:InvokeFunction", props.get("Action"));
            assertEquals(true, ((Map<?, ?>) props.get("SourceArn")).containsKey("Fn::GetAtt"), props.toString());
        }
    }
}
