package com.pairwise.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * The Pairwise backend: DynamoDB table, Cognito user pool, Java Lambda functions and the HTTP API whose routes
 * come from docs/openapi.yaml.
 */
public class PairwiseStack extends Stack {

    private final PairwiseConfig config;
    private final PairwiseTable table;
    private final PairwiseAuth auth;
    private final Map<String, JavaFunction> functions = new LinkedHashMap<>();
    private final PairwiseApi api;
    private final PairwiseEvents events;
    private final PairwiseAlarms alarms;
    private final PairwiseDashboard dashboard;
    private ReminderResources reminders;
    private OutboxStreamRelay outboxRelay;

    /** Environment variable carrying the stage (BusinessMetrics.STAGE_ENV). */
    public static final String STAGE_ENV = "PAIRWISE_STAGE";

    public PairwiseStack(Construct scope, String id, PairwiseStackProps props) {
        super(scope, id, props.stackProps());
        this.config = props.config();
        RemovalPolicy removal = config.deletionProtection() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

        Tags.of(this).add("project", "pairwise");
        Tags.of(this).add("stage", config.stage());

        table = new PairwiseTable(this, "Data", config.deletionProtection());
        auth = new PairwiseAuth(this, "Auth", config);

        for (FunctionDefinition def : props.functions()) {
            if (functions.containsKey(def.name())) {
                throw new IllegalArgumentException("function defined twice: " + def.name());
            }
            JavaFunction fn = new JavaFunction(this, def.constructId(), def,
                    props.codeLocator().codeFor(def.name()), table.getTable(), removal);
            fn.getFunction().addEnvironment(STAGE_ENV, config.stage()); // the business metrics' Stage dimension
            functions.put(def.name(), fn);
        }

        api = new PairwiseApi(this, "Api", config, auth, functions, props.routes(), removal);
        JavaFunction matching = functions.get(PairwiseFunctions.MATCHING.name());
        if (matching != null) { // without the matching function nothing reads the stream: functions send at commit
            outboxRelay = new OutboxStreamRelay(this, "OutboxStream", config.stage(), table.getTable(), matching,
                    functions.values(), removal);
        }
        events = new PairwiseEvents(this, "Events", config.stage());
        events.connect(functions, outboxRelay);

        if (functions.containsKey(PairwiseFunctions.REMINDERS.name())) {
            reminders = new ReminderResources(this, "ReminderResources", functions.get(PairwiseFunctions.REMINDERS.name()), config,
                    api.getUrl(), events.getBus(), removal);
            addReminderNagSuppressions();
        }

        // Operations last, so they see every function and every dead-letter queue created above.
        List<DeadLetterQueue> deadLetterQueues = DeadLetterQueue.allIn(this);
        alarms = new PairwiseAlarms(this, "Alarms", config, functions.values(), api, deadLetterQueues);
        dashboard = new PairwiseDashboard(this, "Monitoring", config, functions.values(), api, deadLetterQueues);
        if (outboxRelay != null) {
            alarms.watch(outboxRelay);
            dashboard.watch(outboxRelay);
        }

        CfnOutput.Builder.create(this, "ApiUrl").value(api.getUrl())
                .description("Base URL of the HTTP API").build();
        CfnOutput.Builder.create(this, "UserPoolId").value(auth.getUserPool().getUserPoolId())
                .description("Cognito user pool id").build();
        CfnOutput.Builder.create(this, "UserPoolClientId").value(auth.getSpaClient().getUserPoolClientId())
                .description("Cognito app client id of the SPA").build();
        CfnOutput.Builder.create(this, "TableName").value(table.getTable().getTableName())
                .description("DynamoDB table name").build();
        CfnOutput.Builder.create(this, "AlarmTopicArn").value(alarms.getTopic().getTopicArn())
                .description("SNS topic of all alarms (subscribe more people here)").build();
        CfnOutput.Builder.create(this, "DashboardName").value(dashboard.getDashboard().getDashboardName())
                .description("CloudWatch dashboard").build();

        addNagSuppressions();
    }

    /** Each accepted cdk-nag (AwsSolutions) finding, with the reason it is accepted. */
    private void addNagSuppressions() {
        NagSuppressions.addResourceSuppressions(auth.getUserPool(), List.of(
                NagPackSuppression.builder()
                        .id("AwsSolutions-COG2")
                        .reason("MFA is OPTIONAL (TOTP) rather than REQUIRED: participants of a workplace mentoring "
                                + "program sign in from the SPA; threat protection (ENFORCED) and a strong password "
                                + "policy are on, and users can opt into TOTP.")
                        .build()), true);

        for (JavaFunction fn : functions.values()) {
            NagSuppressions.addResourceSuppressions(fn.getFunction(), List.of(
                    NagPackSuppression.builder()
                            .id("AwsSolutions-L1")
                            .reason("Java 21 is the chosen runtime (LTS, SnapStart on arm64); the function modules "
                                    + "are built for it. Move to a newer Java runtime deliberately, with its build.")
                            .build()), true);
            NagSuppressions.addResourceSuppressions(fn.getRole(), List.of(
                    NagPackSuppression.builder()
                            .id("AwsSolutions-IAM5")
                            .reason("Item-level actions only, on this table and its own indexes: "
                                    + "'<tableArn>/index/*' is the narrowest resource that covers the table's GSIs "
                                    + "(more are added as access patterns grow).")
                            .appliesTo(List.of(RegexAppliesTo.builder()
                                    .regex("/^Resource::<.*Table[0-9A-F]*\\.Arn>\\/index\\/\\*$/").build()))
                            .build()), true);
        }

        for (var route : api.getPublicRoutes()) {
            NagSuppressions.addResourceSuppressions(route, List.of(
                    NagPackSuppression.builder()
                            .id("AwsSolutions-APIG4")
                            .reason("Declared public in docs/openapi.yaml (security: []), e.g. for unauthenticated "
                                    + "sign-up; the function validates its input and the stage is throttled.")
                            .build()), true);
        }
    }

    private void addReminderNagSuppressions() {
        NagSuppressions.addResourceSuppressions(reminders.getUnsubscribeKey(), List.of(
                NagPackSuppression.builder().id("AwsSolutions-SMG4")
                        .reason("Rotating the unsubscribe signing key would break the links in every mail already sent; "
                                + "it is rotated by hand, deliberately.").build()), true);
    }

    /** The stream mapping that sends every function's events; null when the matching function is not deployed. */
    public OutboxStreamRelay getOutboxRelay() {
        return outboxRelay;
    }

    /** The reminders function's schedule, rules, queue and key; null when it is not deployed. */
    public ReminderResources getReminders() {
        return reminders;
    }

    public PairwiseConfig getConfig() {
        return config;
    }

    public PairwiseTable getTable() {
        return table;
    }

    public PairwiseAuth getAuth() {
        return auth;
    }

    public Map<String, JavaFunction> getFunctions() {
        return Map.copyOf(functions);
    }

    public PairwiseApi getApi() {
        return api;
    }

    public PairwiseEvents getEvents() {
        return events;
    }

    /** The SNS topic every alarm notifies; alarmEmail, when configured, is subscribed. */
    public Topic getAlarmTopic() {
        return alarms.getTopic();
    }

    public PairwiseAlarms getAlarms() {
        return alarms;
    }

    public PairwiseDashboard getDashboard() {
        return dashboard;
    }
}
