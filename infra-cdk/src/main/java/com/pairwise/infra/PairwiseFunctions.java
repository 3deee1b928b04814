package com.pairwise.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;

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

    /** Two minutes: the daily run sends every survey due across programs (API requests are cut at 30 s by API Gateway). */
    public static final FunctionDefinition SURVEYS = new FunctionDefinition("surveys",
            "com.pairwise.surveys.SurveysHandler::handleRequest", 1024, Duration.minutes(2), Map.of());

    /** Every function the stack deploys. */
    public static final List<FunctionDefinition> ALL = List.of(SIGNUP, SURVEYS);

    /** EventBridge rules: which function each event goes to. */
    public static final List<EventSubscription> SUBSCRIPTIONS = List.of(
            new EventSubscription("surveys", "SurveysRelationshipStarted", "pairwise.matching", "RelationshipStarted"),
            new EventSubscription("surveys", "SurveysRelationshipEnded", "pairwise.matching", "RelationshipEnded"));

    /** Daily schedules: the surveys function sends the surveys that fell due. */
    public static final List<ScheduledRun> SCHEDULES = List.of(new ScheduledRun("surveys", "SurveysDaily", 6));

    /** Names that docs/openapi.yaml may use in x-pairwise-function (deployed now or planned). */
    public static final List<String> KNOWN_NAMES = List.of("signup", "matching", "agenda", "reminders", "surveys");
}
