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

    /** HTTP routes plus async bulk matching runs (up to 5 minutes; API Gateway still cuts HTTP calls at 30 s). */
    public static final FunctionDefinition MATCHING = new FunctionDefinition("matching",
            "com.pairwise.matching.MatchingHandler::handleRequest", 2048, Duration.minutes(5), Map.of());

    /** HTTP routes plus the kick-off of every new relationship (EventBridge RelationshipStarted). */
    public static final FunctionDefinition AGENDA =
            FunctionDefinition.of("agenda", "com.pairwise.agenda.AgendaHandler::handleRequest");

    /** Runs every 15 minutes; 2 min stays well inside the 5 min claim lease after which another run takes over. */
    public static final FunctionDefinition REMINDERS = new FunctionDefinition("reminders",
            "com.pairwise.reminders.ReminderHandler::handleRequest", 1024, Duration.minutes(2), Map.of());

    /**
     * HTTP routes, matching's RelationshipStarted / RelationshipEnded, agenda's MeetingHeld, and a daily run sending every survey due across
     * programs (two minutes for that run; API Gateway still cuts HTTP calls at 30 s).
     */
    public static final FunctionDefinition SURVEYS = new FunctionDefinition("surveys",
            "com.pairwise.surveys.SurveysHandler::handleRequest", 1024, Duration.minutes(2), Map.of());

    /** Every function the stack deploys. */
    public static final List<FunctionDefinition> ALL = List.of(SIGNUP, MATCHING, AGENDA, REMINDERS, SURVEYS);

    /** Names that docs/openapi.yaml may use in x-pairwise-function (deployed now or planned). */
    public static final List<String> KNOWN_NAMES = List.of("signup", "matching", "agenda", "reminders", "surveys");
}
