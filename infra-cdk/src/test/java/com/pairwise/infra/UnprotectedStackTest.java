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

/** deletionProtection=false (e.g. throw-away dev stacks) and no alarm e-mail. */
class UnprotectedStackTest {

    static Template template;
    static PairwiseStack stack;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("deletionProtection", "false")).build();
        PairwiseConfig config = PairwiseConfig.fromContext(app.getNode());
        assertFalse(config.deletionProtection());
        stack = TestSupport.stack(app, config);
        template = Template.fromStack(stack);
    }

    @Test
    void tableIsUnprotectedAndDeletedWithTheStack() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of("DeletionProtectionEnabled", false));
        template.hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Delete"));
        template.hasResourceProperties("AWS::Cognito::UserPool", Map.of("DeletionProtection", "INACTIVE"));
        template.hasResource("AWS::Cognito::UserPool", Map.of("DeletionPolicy", "Delete"));
    }

    @Test
    void defaultsApply() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Match.absent()));
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100),
                "RouteSettings", Map.of(
                        "POST /signups", Map.of("ThrottlingRateLimit", 10, "ThrottlingBurstLimit", 20),
                        "GET /programs/{programId}/signups", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100))));
        template.hasResourceProperties("AWS::Cognito::UserPoolClient", Map.of(
                "CallbackURLs", List.of("http://localhost:3000/auth/callback")));
    }

    @Test
    void alarmsExistWithoutAnEmailButNobodyIsSubscribed() {
        template.resourceCountIs("AWS::SNS::Topic", 1);
        template.resourceCountIs("AWS::SNS::Subscription", 0);
        // errors and throttles per function, API 5xx, the depth of each dead-letter queue, and events sent late (a late
        // stream, entries the drain sent)
        template.resourceCountIs("AWS::CloudWatch::Alarm", 2 * PairwiseFunctions.ALL.size() + 1 + DeadLetterQueue.allIn(stack).size() + 2);
    }

    @Test
    void configDefaults() {
        PairwiseConfig d = PairwiseConfig.defaults();
        assertEquals("dev", d.stage());
        assertEquals(null, d.corsOrigin());
        assertEquals(true, d.deletionProtection());
        assertEquals(false, d.selfSignUp());
        assertEquals(null, d.alarmEmail());
    }
}
