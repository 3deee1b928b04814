package com.pairwise.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.constructs.Construct;

/**
 * One CloudWatch dashboard, {@code pairwise-<stage>}: per function invocations, errors, throttles and duration;
 * the HTTP API's requests, 4xx, 5xx and latency; dead-letter queue depths; and the business metrics the functions
 * write as Embedded Metric Format log lines ({@link #BUSINESS_METRICS}).
 */
public class PairwiseDashboard extends Construct {

    /** Namespace and dimension of the business metrics (com.pairwise.shared.metrics.BusinessMetrics writes them). */
    public static final String METRICS_NAMESPACE = "Pairwise";
    public static final String STAGE_DIMENSION = "Stage";
    /** The business events, as named in BusinessMetrics; a metric nobody emits yet simply shows no data. */
    public static final List<String> BUSINESS_METRICS = List.of(
            "RegistrationCreated", "RegistrationWaitlisted", "MatchCreated", "ReminderSent", "SurveyResponseReceived");

    private static final Duration PERIOD = Duration.minutes(5);
    private static final int FULL = 24;
    private static final int THIRD = 8;
    private static final int HALF = 12;

    private final Dashboard dashboard;

    public PairwiseDashboard(Construct scope, String id, PairwiseConfig config, Collection<JavaFunction> functions,
                             PairwiseApi api, Collection<DeadLetterQueue> deadLetterQueues) {
        super(scope, id);
        dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName("pairwise-" + config.stage())
                .defaultInterval(Duration.hours(24))
                .build();
        MetricOptions sum = MetricOptions.builder().period(PERIOD).statistic("Sum").build();

        dashboard.addWidgets(title("Business events (sum per 5 minutes)"));
        List<IMetric> business = new ArrayList<>();
        for (String name : BUSINESS_METRICS) {
            business.add(businessMetric(config.stage(), name));
        }
        dashboard.addWidgets(graph("Business events", business, FULL));

        dashboard.addWidgets(title("HTTP API"));
        var http = api.getHttpApi();
        dashboard.addWidgets(
                graph("Requests", List.of(http.metricCount(sum)), THIRD),
                graph("4xx / 5xx", List.of(http.metricClientError(sum), http.metricServerError(sum)), THIRD),
                graph("Latency (ms)", List.of(
                        http.metricLatency(MetricOptions.builder().period(PERIOD).statistic("p50").label("p50").build()),
                        http.metricLatency(MetricOptions.builder().period(PERIOD).statistic("p99").label("p99").build()),
                        http.metricIntegrationLatency(MetricOptions.builder().period(PERIOD).statistic("p99")
                                .label("integration p99").build())), THIRD));

        for (JavaFunction fn : functions) {
            var f = fn.getFunction();
            String name = fn.getDefinition().name();
            dashboard.addWidgets(title("Function " + name));
            dashboard.addWidgets(
                    graph(name + " invocations", List.of(f.metricInvocations(sum)), THIRD),
                    graph(name + " errors / throttles", List.of(f.metricErrors(sum), f.metricThrottles(sum)), THIRD),
                    graph(name + " duration (ms)", List.of(
                            f.metricDuration(MetricOptions.builder().period(PERIOD).statistic("p50").label("p50").build()),
                            f.metricDuration(MetricOptions.builder().period(PERIOD).statistic("p99").label("p99").build()),
                            f.metricDuration(MetricOptions.builder().period(PERIOD).statistic("Maximum").label("max").build())),
                            THIRD));
        }

        if (!deadLetterQueues.isEmpty()) {
            dashboard.addWidgets(title("Dead-letter queues (messages waiting)"));
            List<IMetric> depths = new ArrayList<>();
            for (DeadLetterQueue dlq : deadLetterQueues) {
                depths.add(dlq.getQueue().metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .period(PERIOD).statistic("Maximum").label(dlq.getPurpose()).build()));
            }
            dashboard.addWidgets(graph("Dead letters", depths, FULL));
        }
    }

    /** A row for the outbox relay: how far behind the table's stream it reads (events reach the bus this late). */
    public void watch(OutboxStreamRelay relay) {
        dashboard.addWidgets(title("Events leaving through the table's stream"));
        dashboard.addWidgets(
                graph("Outbox relay lag, worst per 5 minutes (ms)", List.of(relay.iteratorAge(PERIOD)), HALF),
                graph("Events sent late by the drain", List.of(relay.entriesSentLate(PERIOD)), HALF));
    }

    /** A business metric as BusinessMetrics writes it: namespace Pairwise, dimension Stage. */
    public static Metric businessMetric(String stage, String name) {
        return Metric.Builder.create()
                .namespace(METRICS_NAMESPACE)
                .metricName(name)
                .dimensionsMap(Map.of(STAGE_DIMENSION, stage))
                .statistic("Sum")
                .period(PERIOD)
                .label(name)
                .build();
    }

    private static TextWidget title(String text) {
        return TextWidget.Builder.create().markdown("## " + text).width(FULL).height(1).build();
    }

    private static IWidget graph(String title, List<IMetric> metrics, int width) {
        return GraphWidget.Builder.create().title(title).left(metrics).width(width).height(6).build();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
