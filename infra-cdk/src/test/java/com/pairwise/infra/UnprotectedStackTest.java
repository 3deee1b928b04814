package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** deletionProtection=false (e.g. throw-away dev stacks) and no alarm e-mail. */
class UnprotectedStackTest {

    static Template template;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("deletionProtection", "false")).build();
        PairwiseConfig config = PairwiseConfig.fromContext(app.getNode());
        assertFalse(config.deletionProtection());
        template = Template.fromStack(TestSupport.stack(app, config));
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
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of(
                "CorsConfiguration", Map.of("AllowOrigins", List.of("http://localhost:3000"))));
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
        template.resourceCountIs("AWS::SNS::Topic", 0);
        // Only the reminders' dead-letter alarm, which exists (without an action) even when nobody is e-mailed.
        template.resourceCountIs("AWS::CloudWatch::Alarm", 1);
    }

    @Test
    void configDefaults() {
        PairwiseConfig d = PairwiseConfig.defaults();
        assertEquals("dev", d.stage());
        assertEquals("http://localhost:3000", d.corsOrigin());
        assertEquals(true, d.deletionProtection());
        assertEquals(false, d.selfSignUp());
        assertEquals(null, d.alarmEmail());
    }
}
