package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The matching function's bus, rules and permissions in the synthesized template. */
class MatchingWiringTest {
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
    void matchingIsDeployedWithTimeForAsyncRunsAndKnowsTheBus() {
        JavaFunction matching = stack.getFunctions().get("matching");
        template.resourceCountIs("AWS::Events::EventBus", 1);
        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", "pairwise-test"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.pairwise.matching.MatchingHandler::handleRequest",
                "Timeout", 300,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "EVENT_BUS_NAME", resolve(stack.getEvents().getBus().getEventBusName()))))));
        assertTrue(matching.getFunction().getTimeout().toSeconds().intValue() <= 900);
    }

    @Test
    void onlyMatchingMayPutEventsAndOnlyOnTheProjectBus() {
        Object busArn = resolve(stack.getEvents().getBus().getEventBusArn());
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy",
                Map.of("Properties", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", "events:PutEvents"))))))));
        // Agenda, signup and surveys commit events to the outbox (meetings, a mentor's changed capacity, reminders
        // asked for); the table's stream hands them to matching, which sends them (OutboxStreamRelay).
        assertEquals(1, policies.size());
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Map.of(
                        "Action", "events:PutEvents", "Effect", "Allow", "Resource", busArn)))),
                "Roles", List.of(resolve(stack.getFunctions().get("matching").getRole().getRoleName()))));
        // They still know the bus: with it they commit their events, without it (local, no bus) they announce nothing.
        for (String committer : List.of("agenda", "signup", "surveys")) {
            template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "Handler", Match.stringLikeRegexp(".*" + committer + ".*"),
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "EVENT_BUS_NAME", resolve(stack.getEvents().getBus().getEventBusName()))))));
        }
    }

    @Test
    void signupKnowsTheBusAndItsCapacityChangesInvokeMatchingsLiveAlias() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.pairwise.signup.SignupHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "EVENT_BUS_NAME", resolve(stack.getEvents().getBus().getEventBusName()))))));
        Object aliasArn = resolve(stack.getFunctions().get("matching").getAlias().getFunctionArn());
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", resolve(stack.getEvents().getBus().getEventBusName()),
                "EventPattern", Map.of("source", List.of("pairwise.signup"), "detail-type", List.of("MentorCapacityChanged")),
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of("Arn", aliasArn)))));
    }

    @Test
    void runRequestsAndTheOutboxScheduleInvokeTheLiveAlias() {
        Object aliasArn = resolve(stack.getFunctions().get("matching").getAlias().getFunctionArn());
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", resolve(stack.getEvents().getBus().getEventBusName()),
                "EventPattern", Map.of("source", List.of("pairwise.matching"), "detail-type", List.of("MatchingRunRequested", "MatchingRunCommitRequested")),
                "Targets", List.of(Match.objectLike(Map.of("Arn", aliasArn)))));
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "rate(5 minutes)",
                "Targets", List.of(Match.objectLike(Map.of("Arn", aliasArn)))));
        template.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Principal", "events.amazonaws.com", "FunctionName", aliasArn));
    }
}
