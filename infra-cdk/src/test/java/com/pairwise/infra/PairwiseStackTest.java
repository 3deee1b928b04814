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
        stack = TestSupport.stack(app, PairwiseConfig.fromContext(app.getNode()));
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
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")),
                "LoggingConfig", Map.of(
                        "LogFormat", "JSON",
                        "LogGroup", resolve(signup.getLogGroup().getLogGroupName()))));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionName", resolve(signup.getFunction().getFunctionName())));
        template.resourceCountIs("AWS::Lambda::Version", PairwiseFunctions.ALL.size());
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
                .contains("POST /programs/{programId}/matches names function 'matching'"));
    }

    @Test
    void lambdaPermissionsAreOnTheAliasAndScopedToTheApi() {
        Object aliasArn = resolve(stack.getFunctions().get("signup").getAlias().getFunctionArn());
        Map<String, Map<String, Object>> perms = template.findResources("AWS::Lambda::Permission",
                Map.of("Properties", Map.of("Principal", "apigateway.amazonaws.com")));
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
        // Each function's role grants exactly the table actions, nothing more.
        assertEquals(JavaFunction.TABLE_ACTIONS.stream().sorted().toList(), dynamoActions.stream().distinct().sorted().toList());
        assertEquals(JavaFunction.TABLE_ACTIONS.size() * PairwiseFunctions.ALL.size(), dynamoActions.size());

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
                        "AllowHeaders", List.of("Authorization", "Content-Type"),
                        "AllowCredentials", false)));
    }

    // ---------------------------------------------------------------- alarms / outputs

    @Test
    void alarmsGoToAnEncryptedTopicWhenAlarmEmailIsSet() {
        template.hasResourceProperties("AWS::SNS::Subscription", Map.of(
                "Protocol", "email", "Endpoint", "ops@example.org"));
        template.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", Match.anyValue()));
        template.resourceCountIs("AWS::CloudWatch::Alarm", PairwiseFunctions.ALL.size() + 1); // one per function + API 5xx
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
