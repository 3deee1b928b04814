package com.pairwise.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.constructs.Construct;

/**
 * The project's event bus (functions publish domain events such as matching's RelationshipStarted to it) and the
 * rules that deliver events and daily schedules to functions, through their {@code live} alias so SnapStart applies.
 * Failed deliveries are retried by Lambda's asynchronous invocation (two retries, within six hours).
 */
public class PairwiseEvents extends Construct {
    public static final int RETRY_ATTEMPTS = 2;

    private final EventBus bus;

    public PairwiseEvents(Construct scope, String id, PairwiseConfig config) {
        super(scope, id);
        bus = EventBus.Builder.create(this, "Bus")
                .eventBusName("pairwise-" + config.stage())
                .description("Pairwise domain events (" + config.stage() + ")")
                .build();
    }

    public EventBus getBus() {
        return bus;
    }

    /** Creates the rule of {@code trigger} targeting {@code function}. */
    public Rule add(EventTrigger trigger, JavaFunction function) {
        Rule.Builder rule = Rule.Builder.create(this, trigger.id())
                .description((trigger.isSchedule() ? "Daily run of the " : "Events for the ") + trigger.function() + " function");
        if (trigger.isSchedule()) {
            rule.schedule(Schedule.cron(CronOptions.builder().minute("0").hour(Integer.toString(trigger.hourUtc())).build()));
        } else {
            rule.eventBus(bus).eventPattern(EventPattern.builder()
                    .source(List.of(trigger.source()))
                    .detailType(trigger.detailTypes())
                    .build());
        }
        rule.targets(List.of(new LambdaFunction(function.getAlias(), LambdaFunctionProps.builder()
                .retryAttempts(RETRY_ATTEMPTS)
                .maxEventAge(Duration.hours(6))
                .build())));
        return rule.build();
    }
}
