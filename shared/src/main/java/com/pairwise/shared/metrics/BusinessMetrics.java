package com.pairwise.shared.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.JsonTree;
import java.io.PrintStream;
import java.time.Clock;

/**
 * Counts business events as CloudWatch metrics by writing Embedded Metric Format lines to the function's log
 * stream: CloudWatch Logs extracts the metric, so there is no SDK call, no extra permission and no latency. The
 * stack's dashboard reads the same names from {@link #NAMESPACE} with the {@value #STAGE_DIMENSION} dimension.
 * Lines carry the function and correlation id as searchable properties, never personal data.
 */
public final class BusinessMetrics {
    public static final String NAMESPACE = "Pairwise";
    public static final String STAGE_DIMENSION = "Stage";
    /** Environment variable the stack sets to the deployment stage; "local" when absent. */
    public static final String STAGE_ENV = "PAIRWISE_STAGE";

    public static final String REGISTRATION_CREATED = "RegistrationCreated";
    public static final String REGISTRATION_WAITLISTED = "RegistrationWaitlisted";
    public static final String MATCH_CREATED = "MatchCreated";
    public static final String REMINDER_SENT = "ReminderSent";
    public static final String SURVEY_RESPONSE_RECEIVED = "SurveyResponseReceived";

    private final PrintStream out;
    private final Clock clock;
    private final String function;
    private final String stage;

    public BusinessMetrics(PrintStream out, Clock clock, String function, String stage) {
        this.out = out;
        this.clock = clock;
        this.function = function;
        this.stage = stage;
    }

    /** For Lambda: stdout (Lambda passes System.out lines through unchanged, as EMF needs) and the stage from the environment. */
    public static BusinessMetrics lambda(PrintStream out, Clock clock, String function) {
        String stage = System.getenv(STAGE_ENV);
        return new BusinessMetrics(out, clock, function, stage == null || stage.isBlank() ? "local" : stage);
    }

    /** Records that {@code metric} happened once. */
    public void count(String metric, String correlationId) {
        count(metric, 1, correlationId);
    }

    /** Records that {@code metric} happened {@code times} times (e.g. the matches of one run). */
    public void count(String metric, long times, String correlationId) {
        if (metric == null || !metric.matches("[A-Z][A-Za-z0-9]{0,100}") || metric.equals(STAGE_DIMENSION)) {
            // keeps metric names from colliding with the line's own keys (_aws, Stage, function, correlationId)
            throw new IllegalArgumentException("metric names are PascalCase words: " + metric);
        }
        ObjectNode line = JsonTree.object();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add(STAGE_DIMENSION);
        ArrayNode metrics = directive.putArray("Metrics");
        metrics.addObject().put("Name", metric).put("Unit", "Count");
        line.put(STAGE_DIMENSION, stage);
        line.put(metric, times);
        line.put("function", function);
        line.put("correlationId", correlationId);
        out.println(JsonTree.write(line));
    }
}
