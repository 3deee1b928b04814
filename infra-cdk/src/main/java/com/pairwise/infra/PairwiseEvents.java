package com.pairwise.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.constructs.Construct;

/**
 * The project's EventBridge bus and the rules that deliver its events to functions. Targets are the functions' live
 * aliases (SnapStart applies); EventBridge retries a failed delivery, so handlers must be idempotent.
 */
public class PairwiseEvents extends Construct {
    /** How long EventBridge keeps retrying a delivery the function failed. */
    public static final Duration MAX_EVENT_AGE = Duration.hours(6);
    public static final int RETRY_ATTEMPTS = 8;

    private final EventBus bus;

    public PairwiseEvents(Construct scope, String id, String stage) {
        super(scope, id);
        bus = EventBus.Builder.create(this, "Bus").eventBusName("pairwise-" + stage).build();
    }

    /** Adds one rule per subscription whose function is deployed. */
    public void subscribe(List<EventSubscription> subscriptions, Map<String, JavaFunction> functions) {
        for (EventSubscription s : subscriptions) {
            JavaFunction fn = functions.get(s.function());
            if (fn == null) {
                continue;
            }
            Rule.Builder.create(this, s.ruleId())
                    .eventBus(bus)
                    .description(s.detailType() + " from " + s.source() + " to the " + s.function() + " function")
                    .eventPattern(EventPattern.builder().source(List.of(s.source())).detailType(List.of(s.detailType())).build())
                    .targets(List.of(LambdaFunction.Builder.create(fn.getAlias())
                            .retryAttempts(RETRY_ATTEMPTS)
                            .maxEventAge(MAX_EVENT_AGE)
                            .build()))
                    .build();
        }
    }

    public EventBus getBus() {
        return bus;
    }
}
