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

    public static final FunctionDefinition SURVEYS =
            FunctionDefinition.of("surveys", "com.pairwise.surveys.SurveysHandler::handleRequest");

    /** Every function the stack deploys. */
    public static final List<FunctionDefinition> ALL = List.of(SIGNUP, SURVEYS);

    /** EventBridge rules and schedules invoking functions; those of functions not deployed are skipped. */
    public static final List<EventTrigger> TRIGGERS = List.of(
            EventTrigger.events("surveys", "SurveysRelationshipEvents", "pairwise.matching", "RelationshipStarted", "RelationshipEnded"),
            EventTrigger.daily("surveys", "SurveysDaily", 6));

    /** Names that docs/openapi.yaml may use in x-pairwise-function (deployed now or planned). */
    public static final List<String> KNOWN_NAMES = List.of("signup", "matching", "agenda", "reminders", "surveys");
}
