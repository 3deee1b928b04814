package com.pairwise.local;

import com.pairwise.agenda.AgendaHandler;
import com.pairwise.matching.MatchingHandler;
import com.pairwise.reminders.ReminderHandler;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.mail.EmlOutbox;
import com.pairwise.reminders.mail.FolderDeadLetters;
import com.pairwise.reminders.mail.UnsubscribeKey;
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
                LocalFunction.of("signup", env -> new SignupHandler(env.table(), env.clock(), System.out,
                        (source, type, detail) -> env.events().publish(source, type, detail))),
                // The shared EventPublisher on the local bus is the one-line adapter LocalEventPublisher describes.
                LocalFunction.of("matching", env -> new MatchingHandler(env.table(), env.clock(),
                                (source, type, detail) -> env.events().publish(source, type, detail), System.out))
                        .onEvents("matching-runs", EventPattern.of("pairwise.matching", "MatchingRunRequested", "MatchingRunCommitRequested"))
                        .onEvents("matching-capacity", EventPattern.of("pairwise.signup", "MentorCapacityChanged"))
                        .onEvents("matching-person-erased", EventPattern.of("pairwise.signup", "PersonErased"))
                        .every("matching-outbox-drain", Duration.ofMinutes(5)),
                LocalFunction.of("agenda", env -> new AgendaHandler(env.table(), env.clock(), System.out,
                                (source, type, detail) -> env.events().publish(source, type, detail)))
                        .onEvents("agenda-relationship-started", EventPattern.of("pairwise.matching", "RelationshipStarted"))
                        .onEvents("agenda-person-erased", EventPattern.of("pairwise.signup", "PersonErased")),
                LocalFunction.of("surveys", env -> new SurveysHandler(env.table(), env.clock(), System.out,
                                (source, type, detail) -> env.events().publish(source, type, detail)))
                        .onEvents("surveys-relationships", EventPattern.of("pairwise.matching", "RelationshipStarted", "RelationshipEnded"))
                        .onEvents("surveys-meetings", EventPattern.of("pairwise.agenda", "MeetingHeld"))
                        .onEvents("surveys-person-erased", EventPattern.of("pairwise.signup", "PersonErased"))
                        .every("surveys-daily", Duration.ofDays(1)),
                LocalFunction.of("reminders", LocalFunctions::reminders)
                        .withPublicRoutes("GET /unsubscribe", "POST /unsubscribe")
                        .every("reminders-every-15-minutes", Duration.ofMinutes(15))
                        // Weekly from start-up rather than Monday 07:00: the name is what tells the handler it is the digest run.
                        .every(ReminderHandler.WEEKLY_DIGEST_RULE, Duration.ofDays(7))
                        .onEvents("reminders-relationships", EventPattern.of("pairwise.matching", "RelationshipStarted", "RelationshipEnded", "MatchRequested"))
                        .onEvents("reminders-meetings", EventPattern.of("pairwise.agenda", "MeetingScheduled", "MeetingCancelled"))
                        .onEvents("reminders-requested", new EventPattern(List.of("pairwise.signup", "pairwise.surveys"),
                                List.of("ReminderRequested", "ReminderWithdrawn")))
                        .onEvents("reminders-person-erased", EventPattern.of("pairwise.signup", "PersonErased")));
    }

    /** Mail goes to .eml files in the data folder's outbox; the unsubscribe key is a generated file next to it. */
    private static ReminderHandler reminders(LocalEnvironment env) {
        return new ReminderHandler(env.table(), env.clock(), new EmlOutbox(env.outbox(), env.clock()),
                new FolderDeadLetters(env.outbox().resolve("dead-letters")), UnsubscribeKey.localFile(env.dataDir().resolve("unsubscribe-key")),
                System.getProperty("pairwise.local.publicBaseUrl", "http://127.0.0.1:8080"), ReminderSettings.DEFAULT, System.out);
    }
}
