package com.pairwise.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A Pairwise Java Lambda function: Java 21 on arm64 with SnapStart on published versions, JSON logs into its
 * own log group with a retention, a dedicated role with least-privilege access to the table, and an alias
 * {@value #ALIAS_NAME} pointing at the current version (integrate with the alias so SnapStart applies).
 */
public class JavaFunction extends Construct {

    public static final String ALIAS_NAME = "live";
    public static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    public static final RetentionDays LOG_RETENTION = RetentionDays.ONE_MONTH;

    /** The item-level DynamoDB actions a function may use. No Scan, no table management, no wildcards. */
    public static final List<String> TABLE_ACTIONS = List.of(
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:Query",
            "dynamodb:ConditionCheckItem",
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem");

    private final FunctionDefinition definition;
    private final Function function;
    private final Alias alias;
    private final LogGroup logGroup;
    private final Role role;

    public JavaFunction(Construct scope, String id, FunctionDefinition definition, Code code, ITable table,
                        RemovalPolicy logRemovalPolicy) {
        super(scope, id);
        this.definition = definition;

        logGroup = LogGroup.Builder.create(this, "LogGroup")
                .retention(LOG_RETENTION)
                .removalPolicy(logRemovalPolicy)
                .build();

        PolicyDocument policy = PolicyDocument.Builder.create()
                .statements(List.of(
                        PolicyStatement.Builder.create()
                                .sid("WriteOwnLogs")
                                .effect(Effect.ALLOW)
                                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                                // the log group's Arn attribute already ends in ":*" (its log streams)
                                .resources(List.of(logGroup.getLogGroupArn()))
                                .build(),
                        PolicyStatement.Builder.create()
                                .sid("TableItemAccess")
                                .effect(Effect.ALLOW)
                                .actions(TABLE_ACTIONS)
                                .resources(List.of(table.getTableArn(), table.getTableArn() + "/index/*"))
                                .build()))
                .build();
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Execution role of the " + definition.name() + " function")
                .inlinePolicies(Map.of("FunctionPolicy", policy))
                .build();

        Map<String, String> env = new LinkedHashMap<>(definition.environment());
        env.put("TABLE_NAME", table.getTableName());
        env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);

        function = Function.Builder.create(this, "Function")
                .description("Pairwise " + definition.name() + " function")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(definition.handler())
                .code(code)
                .memorySize(definition.memoryMb())
                .timeout(definition.timeout())
                .role(role)
                .environment(env)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .logGroup(logGroup)
                .loggingFormat(LoggingFormat.JSON)
                .applicationLogLevelV2(ApplicationLogLevel.INFO)
                .systemLogLevelV2(SystemLogLevel.INFO)
                .build();
        function.getNode().addDependency(role);
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "versions are published (currentVersion) and invoked through the '" + ALIAS_NAME + "' alias");

        alias = Alias.Builder.create(this, "LiveAlias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .build();
    }

    public FunctionDefinition getDefinition() {
        return definition;
    }

    public Function getFunction() {
        return function;
    }

    /** The alias to integrate with (SnapStart only applies to published versions). */
    public Alias getAlias() {
        return alias;
    }

    public LogGroup getLogGroup() {
        return logGroup;
    }

    public Role getRole() {
        return role;
    }
}
