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

/** The reminders function's schedule, event rule, SES rights, dead-letter queue and alarm, in the synthesized template. */
class ReminderResourcesTest {
    static PairwiseStack stack;
    static Template template;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of("stage", "test", "sesSenderIdentity", "mentoring.example.org",
                "alarmEmail", "ops@example.org")).build();
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()));
        template = Template.fromStack(stack);
    }

    private static Object resolve(Object token) {
        return stack.resolve(token);
    }

    @Test
    void aRuleRunsTheLiveAliasEveryFifteenMinutesWithRetries() {
        JavaFunction fn = stack.getFunctions().get("reminders");
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "rate(15 minutes)",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", resolve(fn.getAlias().getFunctionArn()),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", 2))))));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "com.pairwise.reminders.ReminderHandler::handleRequest",
                "Timeout", 120));
    }

    @Test
    void aWeeklyRuleRunsTheDigestOnMondayMorningUnderTheNameTheHandlerRecognises() {
        JavaFunction fn = stack.getFunctions().get("reminders");
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "cron(0 7 ? * MON *)",
                "Name", stack.getStackName() + "-reminders-weekly-digest",
                "Targets", List.of(Match.objectLike(Map.of(
                        "Arn", resolve(fn.getAlias().getFunctionArn()),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", 2))))));
        assertTrue((stack.getStackName() + "-" + ReminderResources.WEEKLY_DIGEST_RULE).length() <= 64, "EventBridge rule names: 64 characters");
    }

    @Test
    void relationshipAndMeetingEventsReachTheFunction() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "EventPattern", Match.objectLike(Map.of(
                        "source", Match.arrayWith(List.of("pairwise.matching", "pairwise.agenda")),
                        "detail-type", Match.arrayWith(List.of("RelationshipStarted", "MatchRequested", "MeetingScheduled", "MeetingCancelled"))))));
    }

    @Test
    void mayOnlySendAsTheConfiguredIdentity() {
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of(
                        "Action", "ses:SendEmail",
                        "Effect", "Allow",
                        "Resource", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                ":ses:eu-west-1:123456789012:identity/mentoring.example.org"))))))))));
        String all = template.toJSON().toString();
        assertTrue(!all.contains("\"ses:*\"") && !all.contains("identity/*"), "no wildcard SES rights");
    }

    @Test
    void refusedMailEndsInAnEncryptedDeadLetterQueueWithAnAlarm() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true, "MessageRetentionPeriod", 1209600));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Namespace", "AWS/SQS",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", resolve(stack.getReminders().getDeadLetters().getQueue().getQueueName()))),
                "AlarmActions", List.of(resolve(stack.getAlarmTopic().getTopicArn()))));
        JavaFunction fn = stack.getFunctions().get("reminders");
        Map<String, Map<String, Object>> env = template.findResources("AWS::Lambda::Function", Map.of("Properties", Map.of(
                "Handler", "com.pairwise.reminders.ReminderHandler::handleRequest")));
        assertEquals(1, env.size());
        String props = env.values().iterator().next().toString();
        for (String name : List.of("SES_FROM_ADDRESS=mentoring.example.org", "DEAD_LETTER_QUEUE_URL", "UNSUBSCRIBE_KEY_SECRET", "PUBLIC_BASE_URL", "TABLE_NAME")) {
            assertTrue(props.contains(name), name + " in " + props);
        }
        assertTrue(fn != null);
    }

    @Test
    void theUnsubscribeKeyIsAGeneratedSecretTheFunctionMayRead() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("PasswordLength", 64))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Action", Match.arrayWith(List.of("secretsmanager:GetSecretValue")))))))));
    }
}
