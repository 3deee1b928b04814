package com.pairwise.infra;

import java.util.List;

/**
 * The catalogue of deployed functions. To add a function (matching, agenda, reminders, surveys): add a
 * {@link FunctionDefinition} here, build its jar as {@code functions/<name>/target/pairwise-<name>.jar}, and
 * tag its operations in docs/openapi.yaml with {@code x-pairwise-function: <name>}.
 */
public final class PairwiseFunctions {
    private PairwiseFunctions() {
    }

    public static final FunctionDefinition SIGNUP =
            FunctionDefinition.of("signup", "com.pairwise.signup.SignupHandler::handleRequest");

    /** Runs every 15 minutes; 2 min stays well inside the 5 min claim lease after which another run takes over. */
    public static final FunctionDefinition REMINDERS = new FunctionDefinition("reminders",
            "com.pairwise.reminders.ReminderHandler::handleRequest", 1024, software.amazon.awscdk.Duration.minutes(2), java.util.Map.of());

    /** Every function the stack deploys. */
    public static final List<FunctionDefinition> ALL = List.of(SIGNUP, REMINDERS);

    /** Names that docs/openapi.yaml may use in x-pairwise-function (deployed now or planned). */
    public static final List<String> KNOWN_NAMES = List.of("signup", "matching", "agenda", "reminders", "surveys");
}
