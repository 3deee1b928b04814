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

/** Signup's PersonErased reaches every function that keeps something of a person, with retries, on the project bus. */
class ErasureRulesTest {
    static PairwiseStack stack;
    static Template template;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("stage", "test")).build();
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()));
        template = Template.fromStack(stack);
    }

    @Test
    void personErasedFromSignupInvokesEachErasingFunctionsLiveAliasWithRetries() {
        Object bus = stack.resolve(stack.getEvents().getBus().getEventBusName());
        for (String function : List.of("matching", "agenda", "reminders", "surveys")) {
            Object alias = stack.resolve(stack.getFunctions().get(function).getAlias().getFunctionArn());
            template.hasResourceProperties("AWS::Events::Rule", Map.of(
                    "EventBusName", bus,
                    "EventPattern", Map.of("source", List.of("pairwise.signup"), "detail-type", List.of("PersonErased")),
                    "State", "ENABLED",
                    "Targets", List.of(Match.objectLike(Map.of("Arn", alias,
                            "RetryPolicy", Map.of("MaximumRetryAttempts", PairwiseEvents.ERASURE_RETRY_ATTEMPTS,
                                    "MaximumEventAgeInSeconds", 6 * 3600))))));
        }
    }

    @Test
    void exactlyOneErasureRulePerErasingFunctionAndNoneForSignup() {
        var rules = template.findResources("AWS::Events::Rule", Map.of("Properties", Map.of(
                "EventPattern", Map.of("detail-type", List.of("PersonErased")))));
        assertEquals(4, rules.size());
        Object signup = stack.resolve(stack.getFunctions().get("signup").getAlias().getFunctionArn());
        rules.values().forEach(r -> assertTrue(!r.toString().contains(signup.toString()), "signup does not subscribe to its own event"));
    }
}
