package com.pairwise.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.constructs.Construct;

/**
 * Daily scheduled rules (on the default bus, where EventBridge keeps schedules) invoking functions' live aliases,
 * with the same retry policy as the event rules; a run repeated after a failure must be harmless (it is for surveys).
 */
public class PairwiseSchedules extends Construct {

    public PairwiseSchedules(Construct scope, String id, List<ScheduledRun> runs, Map<String, JavaFunction> functions) {
        super(scope, id);
        for (ScheduledRun run : runs) {
            JavaFunction fn = functions.get(run.function());
            if (fn == null) {
                continue;
            }
            Rule.Builder.create(this, run.ruleId())
                    .description("Daily run of the " + run.function() + " function at " + run.hourUtc() + ":00 UTC")
                    .schedule(Schedule.cron(CronOptions.builder().minute("0").hour(Integer.toString(run.hourUtc())).build()))
                    .targets(List.of(LambdaFunction.Builder.create(fn.getAlias())
                            .retryAttempts(PairwiseEvents.RETRY_ATTEMPTS)
                            .maxEventAge(PairwiseEvents.MAX_EVENT_AGE)
                            .build()))
                    .build();
        }
    }
}
