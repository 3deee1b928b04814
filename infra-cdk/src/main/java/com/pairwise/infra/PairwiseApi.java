package com.pairwise.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The HTTP API: JWT authorizer (Cognito) as default, CORS for the configured origin only (none when unset), a
 * throttled {@code $default} stage with JSON access logs and per-route throttling, and one route per OpenAPI
 * operation integrated with its function's alias.
 *
 * <p>Request size: API Gateway HTTP APIs accept payloads up to 10 MB; the functions refuse bodies over
 * 64 KiB themselves ({@code JsonBody.MAX_BYTES}, a 400 problem) before parsing.
 */
public class PairwiseApi extends Construct {

    /** Request header carrying the caller's correlation id; answers echo it. */
    public static final String CORRELATION_HEADER = "x-correlation-id";

    /** Fields of each access log line (HTTP API $context variables). */
    public static final Map<String, String> ACCESS_LOG_FIELDS = accessLogFields();

    private final HttpApi httpApi;
    private final HttpStage stage;
    private final HttpJwtAuthorizer authorizer;
    private final LogGroup accessLogGroup;
    private final List<HttpRoute> routes = new ArrayList<>();
    private final List<HttpRoute> publicRoutes = new ArrayList<>();
    private final Map<String, Map<String, Object>> routeSettings = new LinkedHashMap<>();

    public PairwiseApi(Construct scope, String id, PairwiseConfig config, PairwiseAuth auth,
                       Map<String, JavaFunction> functions, List<ApiRoute> apiRoutes, RemovalPolicy logRemovalPolicy) {
        super(scope, id);

        authorizer = HttpJwtAuthorizer.Builder.create("CognitoJwtAuthorizer", auth.issuerUrl())
                .authorizerName("cognito-jwt")
                .jwtAudience(List.of(auth.getSpaClient().getUserPoolClientId()))
                .identitySource(List.of("$request.header.Authorization"))
                .build();

        HttpApi.Builder api = HttpApi.Builder.create(this, "HttpApi")
                .apiName("pairwise-" + config.stage())
                .description("Pairwise mentoring API (" + config.stage() + ")")
                .createDefaultStage(false)
                .defaultAuthorizer(authorizer);
        if (config.corsOrigin() != null) {
            api.corsPreflight(CorsPreflightOptions.builder()
                    .allowOrigins(List.of(config.corsOrigin()))
                    .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT,
                            CorsHttpMethod.PATCH, CorsHttpMethod.DELETE, CorsHttpMethod.OPTIONS))
                    .allowHeaders(List.of("Authorization", "Content-Type", CORRELATION_HEADER))
                    .exposeHeaders(List.of(CORRELATION_HEADER, "Location"))
                    .allowCredentials(false)
                    .maxAge(Duration.hours(1))
                    .build());
        }
        httpApi = api.build();

        accessLogGroup = LogGroup.Builder.create(this, "AccessLogs")
                .retention(JavaFunction.LOG_RETENTION)
                .removalPolicy(logRemovalPolicy)
                .build();
        LogGroupLogDestination destination = new LogGroupLogDestination(accessLogGroup);
        AccessLogFormat format = AccessLogFormat.custom(toJson(ACCESS_LOG_FIELDS));

        stage = HttpStage.Builder.create(this, "DefaultStage")
                .httpApi(httpApi)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(config.throttleRateLimit())
                        .burstLimit(config.throttleBurstLimit())
                        .build())
                .accessLogSettings(new IAccessLogSettings() {
                    @Override
                    public IAccessLogDestination getDestination() {
                        return destination;
                    }

                    @Override
                    public AccessLogFormat getFormat() {
                        return format;
                    }
                })
                .build();

        Map<String, HttpLambdaIntegration> integrations = new LinkedHashMap<>();
        HttpNoneAuthorizer none = new HttpNoneAuthorizer();
        for (ApiRoute route : apiRoutes) {
            JavaFunction fn = functions.get(route.function());
            if (fn == null) {
                Annotations.of(this).addWarningV2("pairwise:unknown-function:" + route.routeKey(),
                        route.routeKey() + " names function '" + route.function()
                                + "' which this stack does not deploy yet; route skipped");
                continue;
            }
            HttpLambdaIntegration integration = integrations.computeIfAbsent(route.function(),
                    name -> new HttpLambdaIntegration(fn.getDefinition().constructId() + "Integration", fn.getAlias()));
            HttpRoute httpRoute = HttpRoute.Builder.create(this, "Route " + route.method() + route.path().replace('/', '_'))
                    .httpApi(httpApi)
                    .routeKey(HttpRouteKey.with(route.path(), HttpMethod.valueOf(route.method())))
                    .integration(integration)
                    .authorizer(route.publicRoute() ? none : authorizer)
                    .build();
            routes.add(httpRoute);
            if (route.publicRoute()) {
                publicRoutes.add(httpRoute);
            }
            routeSettings.put(route.routeKey(), route.publicRoute()
                    ? throttle(config.publicThrottleRateLimit(), config.publicThrottleBurstLimit())
                    : throttle(config.throttleRateLimit(), config.throttleBurstLimit()));
            // route settings name routes by key: the stage may only be created or updated once they exist
            stage.getNode().addDependency(httpRoute);
        }
        ((CfnStage) stage.getNode().getDefaultChild()).setRouteSettings(routeSettings);
    }

    private static Map<String, Object> throttle(double rate, int burst) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("ThrottlingRateLimit", rate);
        settings.put("ThrottlingBurstLimit", burst);
        return settings;
    }

    /** Throttling per route key, as set on the stage: public routes are held tighter than signed-in ones. */
    public Map<String, Map<String, Object>> getRouteSettings() {
        return Map.copyOf(routeSettings);
    }

    public HttpApi getHttpApi() {
        return httpApi;
    }

    public HttpStage getStage() {
        return stage;
    }

    public HttpJwtAuthorizer getAuthorizer() {
        return authorizer;
    }

    public LogGroup getAccessLogGroup() {
        return accessLogGroup;
    }

    public List<HttpRoute> getRoutes() {
        return List.copyOf(routes);
    }

    public List<HttpRoute> getPublicRoutes() {
        return List.copyOf(publicRoutes);
    }

    /** The invoke URL of the $default stage. */
    public String getUrl() {
        return stage.getUrl();
    }

    private static Map<String, String> accessLogFields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("requestId", "$context.requestId");
        f.put("requestTime", "$context.requestTime");
        f.put("ip", "$context.identity.sourceIp");
        f.put("userAgent", "$context.identity.userAgent");
        f.put("httpMethod", "$context.httpMethod");
        f.put("routeKey", "$context.routeKey");
        f.put("path", "$context.path");
        f.put("protocol", "$context.protocol");
        f.put("status", "$context.status");
        f.put("responseLength", "$context.responseLength");
        f.put("latencyMs", "$context.responseLatency");
        f.put("integrationLatencyMs", "$context.integrationLatency");
        f.put("integrationError", "$context.integrationErrorMessage");
        f.put("authorizerError", "$context.authorizer.error");
        f.put("sub", "$context.authorizer.claims.sub");
        return java.util.Collections.unmodifiableMap(f);
    }

    private static String toJson(Map<String, String> fields) {
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
