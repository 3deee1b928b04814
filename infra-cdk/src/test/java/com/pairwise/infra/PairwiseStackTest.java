package com.pairwise.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** Assertions on the synthesized template (one synthesis for the whole class). */
class PairwiseStackTest {

    static final String ORIGIN = "https://mentoring.example.org";

    static PairwiseStack stack;
    static Template template;

    @BeforeAll
    static void synth() {
        App app = App.Builder.create().context(Map.of(
                "stage", "test",
                "corsOrigin", ORIGIN,
                "throttleRateLimit", "20",
                "throttleBurstLimit", "40",
                "alarmEmail", "ops@example.org")).build();
        // Every function but surveys: the fixture's surveys route then stands for a function not deployed yet.
        List<FunctionDefinition> deployed = PairwiseFunctions.ALL.stream().filter(f -> f != PairwiseFunctions.SURVEYS).toList();
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()), TestSupport.fixtureRoutes(), deployed);
        template = Template.fromStack(stack);
    }

    private static Object resolve(Object token) {
        return stack.resolve(token);
    }

    // ---------------------------------------------------------------- table

    @Test
    void tableHasKeysIndexesBillingAndPitr() {
        template.resourceCountIs("AWS::DynamoDB::Table", 1);
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "KeySchema", List.of(
                        Map.of("AttributeName", "PK", "KeyType", "HASH"),
                        Map.of("AttributeName", "SK", "KeyType", "RANGE")),
                "BillingMode", "PAY_PER_REQUEST",
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "SSESpecification", Map.of("SSEEnabled", true),
                "DeletionProtectionEnabled", true,
                "AttributeDefinitions", Match.arrayWith(List.of(
                        Map.of("AttributeName", "PK", "AttributeType", "S"),
                        Map.of("AttributeName", "SK", "AttributeType", "S"),
                        Map.of("AttributeName", "GSI1PK", "AttributeType", "S"),
                        Map.of("AttributeName", "GSI1SK", "AttributeType", "S"),
                        Map.of("AttributeName", "GSI2PK", "AttributeType", "S"),
                        Map.of("AttributeName", "GSI2SK", "AttributeType", "S"))),
                "GlobalSecondaryIndexes", List.of(gsi("GSI1"), gsi("GSI2"))));
        template.hasResource("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        // Registration change markers expire by TTL (RegistrationChanges.TTL_ATTRIBUTE in shared).
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TimeToLiveSpecification", Map.of("AttributeName", "ttl", "Enabled", true)));
    }

    private static Map<String, Object> gsi(String name) {
        return Map.of(
                "IndexName", name,
                "KeySchema", List.of(
                        Map.of("AttributeName", name + "PK", "KeyType", "HASH"),
                        Map.of("AttributeName", name + "SK", "KeyType", "RANGE")),
                "Projection", Map.of("ProjectionType", "ALL"));
    }

    // ---------------------------------------------------------------- cognito

    @Test
    void userPoolIsEmailSignInWithStrongPasswordsAndThreatProtection() {
        template.resourceCountIs("AWS::Cognito::UserPool", 1);
        template.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "UsernameAttributes", List.of("email"),
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                "Policies", Map.of("PasswordPolicy", Map.of(
                        "MinimumLength", 12,
                        "RequireLowercase", true,
                        "RequireUppercase", true,
                        "RequireNumbers", true,
                        "RequireSymbols", true)),
                "UserPoolAddOns", Map.of("AdvancedSecurityMode", "ENFORCED"),
                "UserPoolTier", "PLUS",
                "DeletionProtection", "ACTIVE"));
    }

    @Test
    void adminGroupExists() {
        template.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of(
                "GroupName", "admin",
                "UserPoolId", resolve(stack.getAuth().getUserPool().getUserPoolId())));
    }

    @Test
    void spaClientHasNoSecretAndUsesCodeFlow() {
        template.hasResourceProperties("AWS::Cognito::UserPoolClient", Map.of(
                "GenerateSecret", false,
                "AllowedOAuthFlows", List.of("code"),
                "AllowedOAuthFlowsUserPoolClient", true,
                "CallbackURLs", List.of(ORIGIN + "/auth/callback"),
                "ExplicitAuthFlows", List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                "PreventUserExistenceErrors", "ENABLED"));
    }

    // ---------------------------------------------------------------- authorizer

    @Test
    void authorizerIsJwtWithThePoolIssuerAndClientAudience() {
        template.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
        Object issuer = resolve(stack.getAuth().issuerUrl());
        // the issuer is https://cognito-idp.<region>.amazonaws.com/<poolId>
        assertEquals(Map.of("Fn::Join", List.of("", List.of(
                        "https://cognito-idp.eu-west-1.amazonaws.com/",
                        resolve(stack.getAuth().getUserPool().getUserPoolId())))),
                issuer);
        template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of(
                        "Issuer", issuer,
                        "Audience", List.of(resolve(stack.getAuth().getSpaClient().getUserPoolClientId())))));
    }

    // ---------------------------------------------------------------- function

    @Test
    void signupFunctionIsJava21Arm64SnapStart() {
        JavaFunction signup = stack.getFunctions().get("signup");
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "Handler", "com.pairwise.signup.SignupHandler::handleRequest",
                "MemorySize", 1024,
                "Timeout", 10,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Map.of(
                        "TABLE_NAME", resolve(stack.getTable().getTable().getTableName()),
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1",
                        "PAIRWISE_STAGE", "test")),
                "LoggingConfig", Map.of(
                        "LogFormat", "JSON",
                        "LogGroup", resolve(signup.getLogGroup().getLogGroupName()))));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionName", resolve(signup.getFunction().getFunctionName())));
        template.resourceCountIs("AWS::Lambda::Version", stack.getFunctions().size());
    }

    @Test
    void integrationTargetsTheLiveAlias() {
        template.resourceCountIs("AWS::ApiGatewayV2::Integration", 1);
        template.hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY",
                "IntegrationUri", resolve(stack.getFunctions().get("signup").getAlias().getFunctionArn())));
    }

    // ---------------------------------------------------------------- routes

    @Test
    void oneRoutePerOperationWithJwtExceptPublicOnes() {
        Map<String, String> actual = new TreeMap<>();
        Object authorizerRef = resolve(stack.getApi().getAuthorizer().getAuthorizerId());
        template.findResources("AWS::ApiGatewayV2::Route").forEach((id, res) -> {
            Map<String, Object> props = props(res);
            String auth = String.valueOf(props.get("AuthorizationType"));
            if ("JWT".equals(auth)) {
                assertEquals(authorizerRef, props.get("AuthorizerId"), id);
            } else {
                assertFalse(props.containsKey("AuthorizerId"), id);
            }
            assertNull(actual.put((String) props.get("RouteKey"), auth), "duplicate " + id);
        });
        Map<String, String> expected = new TreeMap<>();
        for (ApiRoute route : TestSupport.fixtureRoutes()) {
            if (stack.getFunctions().containsKey(route.function())) {
                expected.put(route.routeKey(), route.publicRoute() ? "NONE" : "JWT");
            }
        }
        assertEquals(6, expected.size());
        assertEquals(expected, actual);
        assertEquals("NONE", actual.get("POST /signups"));
        assertEquals("JWT", actual.get("GET /programs/{programId}/signups"));
    }

    @Test
    void routeOfAFunctionNotYetDeployedIsSkippedWithAWarning() {
        assertFalse(template.toJSON().toString().contains("/matches"));
        List<SynthesisMessage> warnings = Annotations.fromStack(stack).findWarning("*", Match.anyValue());
        assertEquals(1, warnings.size(), () -> warnings.stream().map(w -> w.getEntry().getData().toString()).toList().toString());
        assertTrue(warnings.get(0).getEntry().getData().toString()
                .contains("POST /programs/{programId}/matches names function 'surveys'"));
    }

    @Test
    void lambdaPermissionsAreOnTheAliasAndScopedToTheApi() {
        Object aliasArn = resolve(stack.getFunctions().get("signup").getAlias().getFunctionArn());
        Map<String, Map<String, Object>> perms = new java.util.HashMap<>(template.findResources("AWS::Lambda::Permission"));
        perms.values().removeIf(p -> !"apigateway.amazonaws.com".equals(props(p).get("Principal"))); // EventBridge rules have their own
        assertEquals(6, perms.size());
        perms.values().forEach(p -> {
            Map<String, Object> props = props(p);
            assertEquals(aliasArn, props.get("FunctionName"));
            assertEquals("apigateway.amazonaws.com", props.get("Principal"));
            assertTrue(props.containsKey("SourceArn"));
        });
    }

    // ---------------------------------------------------------------- IAM

    @Test
    void iamIsLeastPrivilege() {
        List<Map<String, Object>> statements = new ArrayList<>();
        template.findResources("AWS::IAM::Role").values().forEach(r -> {
            Map<String, Object> props = props(r);
            assertFalse(props.containsKey("ManagedPolicyArns"), "no managed policies");
            for (Object policy : list(props.get("Policies"))) {
                statements.addAll(statementsOf(((Map<?, ?>) policy).get("PolicyDocument")));
            }
        });
        template.findResources("AWS::IAM::Policy").values()
                .forEach(p -> statements.addAll(statementsOf(props(p).get("PolicyDocument"))));
        assertFalse(statements.isEmpty());

        List<String> dynamoActions = new ArrayList<>();
        for (Map<String, Object> st : statements) {
            for (Object a : list(st.get("Action"))) {
                String action = (String) a;
                assertFalse(action.contains("*"), "wildcard action " + action);
                assertFalse(action.equalsIgnoreCase("dynamodb:Scan"), "Scan granted");
                if (action.startsWith("dynamodb:")) {
                    dynamoActions.add(action);
                }
            }
            for (Object resource : list(st.get("Resource"))) {
                assertNotEquals("*", resource, "Resource * in " + st);
            }
        }
        List<String> granted = new ArrayList<>(JavaFunction.TABLE_ACTIONS);
        granted.addAll(OutboxStreamRelay.STREAM_ACTIONS);
        assertEquals(granted.stream().sorted().toList(), dynamoActions.stream().distinct().sorted().toList());
        // Reading the stream: the matching function's role only, on the table's stream only.
        Object streamArn = resolve(stack.getTable().getTable().getTableStreamArn());
        List<Map<String, Object>> streamReads = statements.stream()
                .filter(st -> list(st.get("Action")).stream().anyMatch(OutboxStreamRelay.STREAM_ACTIONS::contains)).toList();
        assertEquals(1, streamReads.size(), streamReads.toString());
        assertEquals(OutboxStreamRelay.STREAM_ACTIONS, list(streamReads.get(0).get("Action")));
        assertEquals(streamArn, streamReads.get(0).get("Resource"));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Sid", "ReadTableStream"))))),
                "Roles", List.of(resolve(stack.getFunctions().get("matching").getRole().getRoleName()))));

        Object tableArn = resolve(stack.getTable().getTable().getTableArn());
        template.hasResourceProperties("AWS::IAM::Role", Map.of("Policies", List.of(Map.of(
                "PolicyName", "FunctionPolicy",
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Map.of(
                        "Sid", "TableItemAccess",
                        "Effect", "Allow",
                        "Action", JavaFunction.TABLE_ACTIONS,
                        "Resource", List.of(tableArn,
                                Map.of("Fn::Join", List.of("", List.of(tableArn, "/index/*"))))))))))));
    }

    /** Resource policies (alarm topic, and dead-letter queues when present) only deny: they never widen access. */
    @Test
    void resourcePoliciesOnlyDenyInsecureTransport() {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (String type : List.of("AWS::SNS::TopicPolicy", "AWS::SQS::QueuePolicy")) {
            template.findResources(type).values().forEach(p -> statements.addAll(statementsOf(props(p).get("PolicyDocument"))));
        }
        assertFalse(statements.isEmpty());
        for (Map<String, Object> st : statements) {
            assertEquals("Deny", st.get("Effect"), st.toString());
            assertEquals(Map.of("Bool", Map.of("aws:SecureTransport", "false")), st.get("Condition"), st.toString());
        }
    }

    // ---------------------------------------------------------------- API stage / CORS

    @Test
    void stageIsThrottledAndAccessLogged() {
        template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1);
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40),
                "AccessLogSettings", Map.of(
                        "DestinationArn", resolve(stack.getApi().getAccessLogGroup().getLogGroupArn()),
                        "Format", Match.serializedJson(Match.objectLike(Map.of(
                                "requestId", "$context.requestId",
                                "status", "$context.status",
                                "routeKey", "$context.routeKey"))))));
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigin() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of(
                "ProtocolType", "HTTP",
                "CorsConfiguration", Map.of(
                        "AllowOrigins", List.of(ORIGIN),
                        "AllowHeaders", List.of("Authorization", "Content-Type", "x-correlation-id"),
                        "ExposeHeaders", List.of("x-correlation-id", "Location"),
                        "AllowCredentials", false)));
    }

    @Test
    void everyRouteIsThrottledPublicOnesTighter() {
        Map<String, Object> expected = new TreeMap<>();
        for (ApiRoute route : TestSupport.fixtureRoutes()) {
            if (stack.getFunctions().containsKey(route.function())) {
                expected.put(route.routeKey(), route.publicRoute()
                        ? Map.of("ThrottlingRateLimit", 10, "ThrottlingBurstLimit", 20)
                        : Map.of("ThrottlingRateLimit", 20, "ThrottlingBurstLimit", 40));
            }
        }
        Map<String, Map<String, Object>> stages = template.findResources("AWS::ApiGatewayV2::Stage");
        Map<String, Object> stageResource = stages.values().iterator().next();
        Map<?, ?> settings = (Map<?, ?>) props(stageResource).get("RouteSettings");
        assertEquals(expected.keySet(), new TreeMap<>(settings).keySet());
        expected.forEach((key, value) -> template.hasResourceProperties("AWS::ApiGatewayV2::Stage",
                Map.of("RouteSettings", Map.of(key, value))));
        // route settings name routes: the stage must wait for them
        List<?> dependsOn = list(stageResource.get("DependsOn"));
        assertEquals(expected.size(), template.findResources("AWS::ApiGatewayV2::Route").keySet().stream()
                .filter(dependsOn::contains).count(), dependsOn.toString());
    }

    // ---------------------------------------------------------------- alarms / outputs

    @Test
    void alarmsGoToAnEncryptedTopicWithTheAlarmEmailSubscribed() {
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "ops@example.org",
                "TopicArn", resolve(stack.getAlarmTopic().getTopicArn())));
        template.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", Match.anyValue()));
        Object topic = resolve(stack.getAlarmTopic().getTopicArn());
        Map<Object, String> functionNames = new java.util.HashMap<>();
        stack.getFunctions().forEach((name, f) -> functionNames.put(resolve(f.getFunction().getFunctionName()), name));
        Object apiId = resolve(stack.getApi().getHttpApi().getApiId());
        List<String> alarmed = new ArrayList<>();
        template.findResources("AWS::CloudWatch::Alarm").values().forEach(a -> {
            Map<String, Object> p = props(a);
            assertEquals(List.of(topic), p.get("AlarmActions"));
            assertEquals(List.of(topic), p.get("OKActions"));
            // a metric filter's metric (the outbox's late entries) has no dimension: its namespace names the stage
            Object dimension = p.containsKey("Dimensions") ? ((Map<?, ?>) list(p.get("Dimensions")).get(0)).get("Value") : "-";
            alarmed.add(p.get("Namespace") + ":" + p.get("MetricName") + ":" + (functionNames.containsKey(dimension)
                    ? functionNames.get(dimension) : dimension.equals(apiId) ? "api" : dimension));
            // Failures alarm on the first one; the stream on being later than the drain's grace.
            assertEquals(p.get("MetricName").equals("IteratorAge") ? OutboxStreamRelay.LATE_AFTER.toMilliseconds().intValue() : 1,
                    ((Number) p.get("Threshold")).intValue());
        });
        List<String> expected = new ArrayList<>(List.of("AWS/ApiGateway:5xx:api"));
        for (String name : stack.getFunctions().keySet()) {
            expected.add("AWS/Lambda:Errors:" + name);
            expected.add("AWS/Lambda:Throttles:" + name);
        }
        expected.add("AWS/Lambda:IteratorAge:matching");
        expected.add("Pairwise/test:OutboxEntriesSentLate:-");
        assertEquals(expected.stream().sorted().toList(), alarmed.stream().filter(x -> !x.startsWith("AWS/SQS")).sorted().toList());
        assertEquals(DeadLetterQueue.allIn(stack).size(), alarmed.stream().filter(x -> x.startsWith("AWS/SQS")).count(),
                "one depth alarm per dead-letter queue");
    }

    @Test
    void dashboardShowsFunctionsApiAndBusinessMetrics() {
        template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        template.hasResourceProperties("AWS::CloudWatch::Dashboard", Map.of("DashboardName", "pairwise-test"));
        String body = template.findResources("AWS::CloudWatch::Dashboard").values().iterator().next()
                .get("Properties").toString();
        for (String name : PairwiseDashboard.BUSINESS_METRICS) {
            assertTrue(body.contains("\"Pairwise\",\"" + name + "\",\"Stage\",\"test\""), name + " in " + body);
        }
        for (String metric : List.of("Invocations", "Errors", "Throttles", "Duration", "Count", "4xx", "5xx", "Latency", "IteratorAge")) {
            assertTrue(body.contains("\"" + metric + "\""), metric);
        }
    }

    /** The dashboard reads the names the functions write: shared's BusinessMetrics is the source of truth. */
    @Test
    void dashboardMetricNamesAreTheOnesBusinessMetricsWrites() throws java.io.IOException {
        String source = java.nio.file.Files.readString(RepoPaths.findRepoRoot()
                .resolve("shared/src/main/java/com/pairwise/shared/metrics/BusinessMetrics.java"));
        List<String> written = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("public static final String [A-Z_]+ = \"([A-Z][A-Za-z]+)\";").matcher(source);
        while (m.find()) {
            written.add(m.group(1));
        }
        assertTrue(written.containsAll(List.of("Pairwise", "Stage")), written.toString());
        written.removeAll(List.of("Pairwise", "Stage"));
        assertEquals(written.stream().sorted().toList(), PairwiseDashboard.BUSINESS_METRICS.stream().sorted().toList());
        assertTrue(source.contains("STAGE_ENV = \"" + PairwiseStack.STAGE_ENV + "\""));
    }

    @Test
    void outputsApiUrlPoolClientAndTable() {
        Map<String, Map<String, Object>> outputs = template.findOutputs("*");
        for (String name : List.of("ApiUrl", "UserPoolId", "UserPoolClientId", "TableName")) {
            assertTrue(outputs.containsKey(name), "missing output " + name + " in " + outputs.keySet());
        }
        template.hasOutput("TableName", Map.of("Value", resolve(stack.getTable().getTable().getTableName())));
        template.hasOutput("UserPoolClientId",
                Map.of("Value", resolve(stack.getAuth().getSpaClient().getUserPoolClientId())));
    }

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> resource) {
        Object p = resource.get("Properties");
        return p == null ? new HashMap<>() : (Map<String, Object>) p;
    }

    private static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statementsOf(Object document) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object st : list(((Map<String, Object>) document).get("Statement"))) {
            out.add((Map<String, Object>) st);
        }
        return out;
    }
}
