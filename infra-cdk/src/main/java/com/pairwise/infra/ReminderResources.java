package com.pairwise.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.EventBus;
import software.constructs.Construct;

/**
 * What the reminders function needs beyond the common function set-up: the 15-minute schedule, the weekly digest
 * rule, the rule for the
 * relationship and meeting events it plans from, sending rights on the one SES identity, the dead-letter queue for
 * mail SES keeps refusing (alarmed by PairwiseAlarms), and the unsubscribe-link signing key.
 */
public class ReminderResources extends Construct {
    public static final Duration RATE = Duration.minutes(15);
    /** The reminders handler tells the weekly digest run from the 15-minute one by a rule name ending so. */
    public static final String WEEKLY_DIGEST_RULE = "reminders-weekly-digest";

    private final DeadLetterQueue deadLetters;
    private final Rule schedule;
    private final Rule weeklyDigest;
    private final Rule events;
    private final Secret unsubscribeKey;

    /**
     * @param bus        the bus other functions publish to; null means the account's default bus
     */
    public ReminderResources(Construct scope, String id, JavaFunction reminders, PairwiseConfig config, String publicBaseUrl,
                             IEventBus bus, RemovalPolicy removal) {
        super(scope, id);
        Stack stack = Stack.of(this);

        // A DeadLetterQueue like every other: PairwiseAlarms finds it and alarms on its depth to the one alarm topic.
        deadLetters = new DeadLetterQueue(this, "MailDeadLetters", "reminder mail SES refused on every attempt", removal);
        deadLetters.getQueue().grantSendMessages(reminders.getFunction());

        // Only the configured identity: the function cannot send as anyone else.
        reminders.getRole().addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ses:SendEmail"))
                .resources(List.of(stack.formatArn(software.amazon.awscdk.ArnComponents.builder()
                        .service("ses").resource("identity").resourceName(config.sesSenderIdentity()).build())))
                .build());

        unsubscribeKey = Secret.Builder.create(this, "UnsubscribeKey")
                .description("HMAC key signing one-click unsubscribe links in reminder mail")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .removalPolicy(removal)
                .build();
        unsubscribeKey.grantRead(reminders.getRole());

        var fn = reminders.getFunction();
        fn.addEnvironment("SES_FROM_ADDRESS", config.sesSenderIdentity());
        fn.addEnvironment("DEAD_LETTER_QUEUE_URL", deadLetters.getQueue().getQueueUrl());
        fn.addEnvironment("UNSUBSCRIBE_KEY_SECRET", unsubscribeKey.getSecretArn());
        fn.addEnvironment("PUBLIC_BASE_URL", publicBaseUrl);

        LambdaFunction target = LambdaFunction.Builder.create(reminders.getAlias()).retryAttempts(2).build();
        schedule = Rule.Builder.create(this, "Schedule")
                .description("Runs the reminders due every 15 minutes")
                .schedule(Schedule.rate(RATE))
                .targets(List.of(target))
                .build();
        // One weekly rule rather than one per time zone: Monday 07:00 UTC is Monday morning in Europe and Africa, in
        // the afternoon in Asia, and coordinators further west have their digest held by quiet hours until their morning.
        weeklyDigest = Rule.Builder.create(this, "WeeklyDigest")
                .ruleName(stack.getStackName() + "-" + WEEKLY_DIGEST_RULE)
                .description("Plans and sends the coordinators' weekly digest (Monday 07:00 UTC)")
                .schedule(Schedule.cron(CronOptions.builder().weekDay("MON").hour("7").minute("0").build()))
                .targets(List.of(LambdaFunction.Builder.create(reminders.getAlias()).retryAttempts(2).build()))
                .build();
        events = Rule.Builder.create(this, "PlanningEvents")
                .description("Relationship, match request and meeting events the reminders are planned from")
                .eventBus(bus == null ? EventBus.fromEventBusName(this, "DefaultBus", "default") : bus)
                .eventPattern(EventPattern.builder()
                        .source(List.of("pairwise.matching", "pairwise.agenda", "pairwise.surveys", "pairwise.signup"))
                        .detailType(List.of("RelationshipStarted", "RelationshipEnded", "MatchRequested", "MeetingScheduled",
                                "MeetingCancelled", "ReminderRequested", "ReminderWithdrawn"))
                        .build())
                .targets(List.of(LambdaFunction.Builder.create(reminders.getAlias()).retryAttempts(8).build()))
                .build();
    }

    public DeadLetterQueue getDeadLetters() {
        return deadLetters;
    }

    public Rule getSchedule() {
        return schedule;
    }

    public Rule getWeeklyDigest() {
        return weeklyDigest;
    }

    public Rule getEvents() {
        return events;
    }

    public Secret getUnsubscribeKey() {
        return unsubscribeKey;
    }
}
