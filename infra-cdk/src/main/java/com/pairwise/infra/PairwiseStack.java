package com.pairwise.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
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
    private Topic alarmTopic;

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
            functions.put(def.name(), new JavaFunction(this, def.constructId(), def,
                    props.codeLocator().codeFor(def.name()), table.getTable(), removal));
        }

        api = new PairwiseApi(this, "Api", config, auth, functions, props.routes(), removal);
        events = new PairwiseEvents(this, "Events", config.stage());
        events.subscribe(PairwiseFunctions.SUBSCRIPTIONS, functions);
        new PairwiseSchedules(this, "Schedules", PairwiseFunctions.SCHEDULES, functions);

        if (config.alarmEmail() != null) {
            createAlarms(config.alarmEmail());
        }

        CfnOutput.Builder.create(this, "ApiUrl").value(api.getUrl())
                .description("Base URL of the HTTP API").build();
        CfnOutput.Builder.create(this, "UserPoolId").value(auth.getUserPool().getUserPoolId())
                .description("Cognito user pool id").build();
        CfnOutput.Builder.create(this, "UserPoolClientId").value(auth.getSpaClient().getUserPoolClientId())
                .description("Cognito app client id of the SPA").build();
        CfnOutput.Builder.create(this, "TableName").value(table.getTable().getTableName())
                .description("DynamoDB table name").build();

        addNagSuppressions();
    }

    private void createAlarms(String email) {
        alarmTopic = Topic.Builder.create(this, "AlarmTopic")
                .displayName("Pairwise " + config.stage() + " alarms")
                .masterKey(Alias.fromAliasName(this, "SnsManagedKey", "alias/aws/sns"))
                .enforceSsl(true)
                .build();
        alarmTopic.addSubscription(new EmailSubscription(email));
        SnsAction action = new SnsAction(alarmTopic);
        MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
        for (JavaFunction fn : functions.values()) {
            Alarm.Builder.create(this, fn.getDefinition().constructId() + "ErrorsAlarm")
                    .alarmDescription("Errors of the " + fn.getDefinition().name() + " function")
                    .metric(fn.getFunction().metricErrors(fiveMinutes))
                    .threshold(1)
                    .evaluationPeriods(1)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build()
                    .addAlarmAction(action);
        }
        Alarm.Builder.create(this, "Api5xxAlarm")
                .alarmDescription("HTTP API 5xx responses")
                .metric(api.getHttpApi().metricServerError(fiveMinutes))
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build()
                .addAlarmAction(action);
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

    /** The alarm topic, or null when no alarmEmail is configured. */
    public Topic getAlarmTopic() {
        return alarmTopic;
    }
}
