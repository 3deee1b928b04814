package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * The surveys function as deployed from the real docs/openapi.yaml: its routes, the rule for matching's
 * relationship events on the project bus, and the daily schedule, each invoking the live alias.
 */
class SurveysStackTest {
    static PairwiseStack stack;
    static Template template;
    static List<ApiRoute> routes;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("stage", "test")).build();
        routes = OpenApiRoutes.load(RepoPaths.findRepoRoot().resolve(RepoPaths.OPENAPI));
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()), routes, PairwiseFunctions.ALL);
        Aspects.of(stack).add(AwsSolutionsChecks.Builder.create().build());
        template = Template.fromStack(stack);
    }

    private static Object resolve(Object token) {
        return stack.resolve(token);
    }

    private static String aliasArn() {
        return String.valueOf(resolve(stack.getFunctions().get("surveys").getAlias().getFunctionArn()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Object resource) {
        return (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
    }

    @Test
    void theFunctionKnowsTheBusItAsksRemindersOn() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.pairwise.surveys.SurveysHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "EVENT_BUS_NAME", resolve(stack.getEvents().getBus().getEventBusName()))))));
    }

    @Test
    void remindersTakeTheRemindersSignupAndSurveysAskForAndWithdraw() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Match.objectLike(Map.of(
                "source", Match.arrayWith(List.of("pairwise.surveys", "pairwise.signup")),
                "detail-type", Match.arrayWith(List.of("ReminderRequested", "ReminderWithdrawn"))))));
    }

    @Test
    void theFunctionRunsTheSurveysHandler() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.pairwise.surveys.SurveysHandler::handleRequest",
                "Timeout", 120,
                "Runtime", "java21",
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void everyDocumentedSurveysRouteIsDeployed() {
        Set<String> documented = new TreeSet<>();
        routes.stream().filter(r -> r.function().equals("surveys")).forEach(r -> documented.add(r.routeKey()));
        Set<String> deployed = new TreeSet<>();
        template.findResources("AWS::ApiGatewayV2::Route").forEach((id, res) -> deployed.add((String) props(res).get("RouteKey")));
        assertEquals(10, documented.size());
        assertTrue(deployed.containsAll(documented), () -> "missing " + documented);
        assertTrue(deployed.contains("GET /programs/{programId}/report.csv"));
    }

    @Test
    void relationshipEventsFromMatchingInvokeTheLiveAlias() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", resolve(stack.getEvents().getBus().getEventBusName()),
                "EventPattern", Map.of("source", List.of("pairwise.matching"),
                        "detail-type", List.of("RelationshipStarted", "RelationshipEnded")),
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", resolve(stack.getFunctions().get("surveys").getAlias().getFunctionArn()),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", PairwiseEvents.SURVEYS_RETRY_ATTEMPTS,
                                "MaximumEventAgeInSeconds", 21600))))));
        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", "pairwise-test"));
    }

    @Test
    void meetingsHeldFromAgendaInvokeTheLiveAlias() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventBusName", resolve(stack.getEvents().getBus().getEventBusName()),
                "EventPattern", Map.of("source", List.of("pairwise.agenda"), "detail-type", List.of("MeetingHeld")),
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", resolve(stack.getFunctions().get("surveys").getAlias().getFunctionArn()),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", PairwiseEvents.SURVEYS_RETRY_ATTEMPTS,
                                "MaximumEventAgeInSeconds", 21600))))));
    }

    @Test
    void aDailyScheduleSendsDueSurveys() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "cron(0 6 * * ? *)",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", resolve(stack.getFunctions().get("surveys").getAlias().getFunctionArn()))))));
    }

    @Test
    void onlyItsFourRulesMayInvokeTheFunctionFromEventBridge() {
        List<Map<String, Object>> fromEvents = template.findResources("AWS::Lambda::Permission").values().stream()
                .map(SurveysStackTest::props)
                .filter(p -> "events.amazonaws.com".equals(p.get("Principal")))
                .filter(p -> aliasArn().equals(String.valueOf(p.get("FunctionName"))))
                .toList();
        assertEquals(4, fromEvents.size(), "relationship events, meetings held, daily run, erasures");
        fromEvents.forEach(p -> assertTrue(p.containsKey("SourceArn"), "scoped to its rule"));
    }

    @Test
    void cdkNagFindsNothingNew() {
        Annotations annotations = Annotations.fromStack(stack);
        List<SynthesisMessage> findings = new java.util.ArrayList<>(annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        findings.addAll(annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        assertTrue(findings.isEmpty(), () -> findings.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList().toString());
    }
}
