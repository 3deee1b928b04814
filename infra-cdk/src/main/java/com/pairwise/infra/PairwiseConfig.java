package com.pairwise.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.constructs.Node;

/**
 * Deployment settings, read from CDK context ({@code cdk.json} "context" or {@code cdk synth -c key=value}).
 *
 * <ul>
 *   <li>{@code stage} - deployment stage name, used in the stack name and tags (default {@code dev})</li>
 *   <li>{@code sesSenderIdentity} - SES identity reminders will send from (placeholder until the reminders function exists)</li>
 *   <li>{@code alarmEmail} - optional; when set an SNS topic with this e-mail subscription receives alarms</li>
 *   <li>{@code corsOrigin} - the only origin allowed by the API's CORS configuration; unset: no CORS at all (browsers
 *       on other origins cannot call the API)</li>
 *   <li>{@code deletionProtection} - protect and RETAIN the table, user pool and log groups (default {@code true})</li>
 *   <li>{@code throttleRateLimit} / {@code throttleBurstLimit} - HTTP API throttling of each signed-in route (default 50 / 100)</li>
 *   <li>{@code publicThrottleRateLimit} / {@code publicThrottleBurstLimit} - throttling of each public route (default 10 / 20)</li>
 *   <li>{@code selfSignUp} - allow users to self-register in the user pool (default {@code false})</li>
 *   <li>{@code authCallbackUrls} - comma separated OAuth callback URLs of the SPA (default {@code <corsOrigin>/auth/callback},
 *       or {@code http://localhost:3000/auth/callback} without an origin)</li>
 *   <li>{@code authLogoutUrls} - comma separated OAuth logout URLs of the SPA (default {@code <corsOrigin>/})</li>
 * </ul>
 */
public record PairwiseConfig(
        String stage,
        String sesSenderIdentity,
        String alarmEmail,
        String corsOrigin,
        boolean deletionProtection,
        double throttleRateLimit,
        int throttleBurstLimit,
        double publicThrottleRateLimit,
        int publicThrottleBurstLimit,
        boolean selfSignUp,
        List<String> authCallbackUrls,
        List<String> authLogoutUrls) {

    public static final String DEFAULT_STAGE = "dev";
    /** Where the SPA runs during development: the default OAuth callback base when no corsOrigin is set. */
    public static final String LOCAL_SPA_ORIGIN = "http://localhost:3000";
    public static final String DEFAULT_SES_SENDER = "noreply@example.com";
    public static final double DEFAULT_RATE_LIMIT = 50;
    public static final int DEFAULT_BURST_LIMIT = 100;
    public static final double DEFAULT_PUBLIC_RATE_LIMIT = 10;
    public static final int DEFAULT_PUBLIC_BURST_LIMIT = 20;

    public PairwiseConfig {
        Objects.requireNonNull(stage, "stage");
        if (!stage.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("stage must match [A-Za-z0-9-]+ but was '" + stage + "'");
        }
        if (corsOrigin != null && corsOrigin.isBlank()) {
            corsOrigin = null;
        }
        if (corsOrigin != null && (corsOrigin.contains("*") || !corsOrigin.matches("https?://[^/\\s,]+/?"))) {
            throw new IllegalArgumentException("corsOrigin must be one explicit origin such as https://app.example.org, not "
                    + corsOrigin);
        }
        if (corsOrigin != null) {
            corsOrigin = stripSlash(corsOrigin); // browsers send Origin without a trailing slash
        }
        if (throttleRateLimit <= 0 || throttleBurstLimit <= 0 || publicThrottleRateLimit <= 0 || publicThrottleBurstLimit <= 0) {
            throw new IllegalArgumentException("throttling limits must be positive");
        }
        if (alarmEmail != null && alarmEmail.isBlank()) {
            alarmEmail = null;
        }
        String spa = stripSlash(corsOrigin == null ? LOCAL_SPA_ORIGIN : corsOrigin);
        authCallbackUrls = authCallbackUrls == null || authCallbackUrls.isEmpty()
                ? List.of(spa + "/auth/callback") : List.copyOf(authCallbackUrls);
        authLogoutUrls = authLogoutUrls == null || authLogoutUrls.isEmpty()
                ? List.of(spa + "/") : List.copyOf(authLogoutUrls);
    }

    /** All defaults: what {@code cdk synth} without any context produces. */
    public static PairwiseConfig defaults() {
        return new PairwiseConfig(DEFAULT_STAGE, DEFAULT_SES_SENDER, null, null, true,
                DEFAULT_RATE_LIMIT, DEFAULT_BURST_LIMIT, DEFAULT_PUBLIC_RATE_LIMIT, DEFAULT_PUBLIC_BURST_LIMIT, false,
                List.of(), List.of());
    }

    public static PairwiseConfig fromContext(Node node) {
        return new PairwiseConfig(
                str(node, "stage", DEFAULT_STAGE),
                str(node, "sesSenderIdentity", DEFAULT_SES_SENDER),
                str(node, "alarmEmail", null),
                str(node, "corsOrigin", null),
                bool(node, "deletionProtection", true),
                Double.parseDouble(str(node, "throttleRateLimit", String.valueOf(DEFAULT_RATE_LIMIT))),
                (int) Double.parseDouble(str(node, "throttleBurstLimit", String.valueOf(DEFAULT_BURST_LIMIT))),
                Double.parseDouble(str(node, "publicThrottleRateLimit", String.valueOf(DEFAULT_PUBLIC_RATE_LIMIT))),
                (int) Double.parseDouble(str(node, "publicThrottleBurstLimit", String.valueOf(DEFAULT_PUBLIC_BURST_LIMIT))),
                bool(node, "selfSignUp", false),
                list(node, "authCallbackUrls"),
                list(node, "authLogoutUrls"));
    }

    /** Copy with a different deletion protection setting. */
    public PairwiseConfig withDeletionProtection(boolean protect) {
        return new PairwiseConfig(stage, sesSenderIdentity, alarmEmail, corsOrigin, protect, throttleRateLimit,
                throttleBurstLimit, publicThrottleRateLimit, publicThrottleBurstLimit, selfSignUp, authCallbackUrls,
                authLogoutUrls);
    }

    /** Copy with a different alarm e-mail (null for none). */
    public PairwiseConfig withAlarmEmail(String email) {
        return new PairwiseConfig(stage, sesSenderIdentity, email, corsOrigin, deletionProtection, throttleRateLimit,
                throttleBurstLimit, publicThrottleRateLimit, publicThrottleBurstLimit, selfSignUp, authCallbackUrls,
                authLogoutUrls);
    }

    /** Copy with a different CORS origin (null for none). */
    public PairwiseConfig withCorsOrigin(String origin) {
        return new PairwiseConfig(stage, sesSenderIdentity, alarmEmail, origin, deletionProtection, throttleRateLimit,
                throttleBurstLimit, publicThrottleRateLimit, publicThrottleBurstLimit, selfSignUp, List.of(), List.of());
    }

    private static String stripSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    private static String str(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        if (value == null) {
            return fallback;
        }
        String s = String.valueOf(value).trim();
        return s.isEmpty() ? fallback : s;
    }

    private static boolean bool(Node node, String key, boolean fallback) {
        Object value = node.tryGetContext(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(value).trim().toLowerCase();
        return switch (s) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            case "" -> fallback;
            default -> throw new IllegalArgumentException("context " + key + " must be true or false but was " + value);
        };
    }

    private static List<String> list(Node node, String key) {
        Object value = node.tryGetContext(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(v -> out.add(String.valueOf(v).trim()));
        } else if (value != null) {
            for (String part : String.valueOf(value).split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
