package com.pairwise.local;

import com.pairwise.agenda.AgendaHandler;
import com.pairwise.matching.MatchingHandler;
import com.pairwise.signup.SignupHandler;
import com.pairwise.surveys.SurveysHandler;
import java.time.Duration;
import java.util.List;

/**
 * THE list of functions the local runner starts: one line per function. Add the next ones here (and their module
 * as a dependency in local/pom.xml), for example:
 *
 * <pre>{@code
 * LocalFunction.of("matching", env -> new MatchingHandler(env.table(), env.clock(), env.events()))
 *         .onEvents("registration-changed", EventPattern.of("pairwise.signup", "RegistrationCreated")),
 * LocalFunction.of("reminders", env -> new ReminderHandler(env.table(), env.clock()))
 *         .every("reminders-hourly", Duration.ofHours(1)),
 * }</pre>
 */
public final class LocalFunctions {
    private LocalFunctions() {
    }

    public static List<LocalFunction> all() {
        return List.of(
                LocalFunction.of("signup", env -> new SignupHandler(env.table(), env.clock())),
                // The shared EventPublisher on the local bus is the one-line adapter LocalEventPublisher describes.
                LocalFunction.of("matching", env -> new MatchingHandler(env.table(), env.clock(),
                                (source, type, detail) -> env.events().publish(source, type, detail), System.out))
                        .onEvents("matching-runs", EventPattern.of("pairwise.matching", "MatchingRunRequested"))
                        .every("matching-outbox-drain", Duration.ofMinutes(5)),
                LocalFunction.of("agenda", env -> new AgendaHandler(env.table(), env.clock()))
                        .onEvents("agenda-relationship-started", EventPattern.of("pairwise.matching", "RelationshipStarted")),
                LocalFunction.of("surveys", env -> new SurveysHandler(env.table(), env.clock(), System.out))
                        .onEvents("surveys-relationships", EventPattern.of("pairwise.matching", "RelationshipStarted", "RelationshipEnded"))
                        .every("surveys-daily", Duration.ofDays(1)));
    }
}
