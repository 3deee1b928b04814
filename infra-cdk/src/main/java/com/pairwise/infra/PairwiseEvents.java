package com.pairwise.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.constructs.Construct;

/**
 * The project's EventBridge bus (domain events such as {@code RelationshipStarted}) and the rules of the functions
 * deployed so far. A publishing function gets {@code EVENT_BUS_NAME}, and PutEvents on this bus only when it sends
 * its own events rather than leaving them to the {@link OutboxStreamRelay}. Rules target
 * each function's live alias, so SnapStart applies to event invocations too.
 */
public class PairwiseEvents extends Construct {
    /** Source of the matching function's events. */
    public static final String MATCHING_SOURCE = "pairwise.matching";
    /** Source of the signup function's events. */
    public static final String SIGNUP_SOURCE = "pairwise.signup";
    /** Source of the agenda function's events. */
    public static final String AGENDA_SOURCE = "pairwise.agenda";
    /** How often and how long EventBridge retries a kick-off the agenda function failed (it is idempotent). */
    public static final int AGENDA_RETRY_ATTEMPTS = 8;
    public static final Duration AGENDA_MAX_EVENT_AGE = Duration.hours(6);
    /** Surveys: retried like the agenda's (sending is idempotent: instance ids are derived, events recorded once). */
    public static final int SURVEYS_RETRY_ATTEMPTS = 8;
    public static final Duration SURVEYS_MAX_EVENT_AGE = Duration.hours(6);
    /** Signup's event when a person asks to be erased; these functions subscribe and erase their own part. */
    public static final String PERSON_ERASED = "PersonErased";
    public static final List<String> ERASING_FUNCTIONS = List.of("matching", "agenda", "reminders", "surveys");
    public static final int ERASURE_RETRY_ATTEMPTS = 8;
    public static final Duration ERASURE_MAX_EVENT_AGE = Duration.hours(6);
    /** Hour (UTC) of the surveys function's daily run. */
    public static final int SURVEYS_DAILY_HOUR_UTC = 6;

    private final EventBus bus;

    public PairwiseEvents(Construct scope, String id, String stage) {
        super(scope, id);
        bus = EventBus.Builder.create(this, "Bus").eventBusName("pairwise-" + stage).build();
    }

    /**
     * Wires the functions present in {@code functions}; absent ones (not deployed yet) are skipped. With
     * {@code outboxRelay}, only the function that reads the table's stream sends events, so only it may PutEvents.
     */
    public void connect(Map<String, JavaFunction> functions, OutboxStreamRelay outboxRelay) {
        // With the stream relay only its function sends; without it, each function sends its own events.
        JavaFunction sender = outboxRelay == null ? null : outboxRelay.getSender();
        JavaFunction matching = functions.get("matching");
        if (matching != null) {
            allowPublishing(matching, sender);
            // Bulk matching runs and commits asynchronously: the function hands its own job events back to itself.
            Rule.Builder.create(this, "MatchingRunRequested")
                    .description("Computes a queued bulk matching run, or commits one, outside the HTTP request")
                    .eventBus(bus)
                    .eventPattern(EventPattern.builder()
                            .source(List.of(MATCHING_SOURCE))
                            .detailType(List.of("MatchingRunRequested", "MatchingRunCommitRequested"))
                            .build())
                    .targets(List.of(LambdaFunction.Builder.create(matching.getAlias()).retryAttempts(2).build()))
                    .build();
            // A mentor who takes more mentees gets the new places offered to people waiting, as when a relationship ends.
            Rule.Builder.create(this, "MatchingMentorCapacityChanged")
                    .description("Offers a mentor's new places to people waiting")
                    .eventBus(bus)
                    .eventPattern(EventPattern.builder()
                            .source(List.of(SIGNUP_SOURCE))
                            .detailType(List.of("MentorCapacityChanged"))
                            .build())
                    .targets(List.of(LambdaFunction.Builder.create(matching.getAlias()).retryAttempts(2).build()))
                    .build();
            // Events a failed PutEvents left in the outbox are re-sent every few minutes.
            Rule.Builder.create(this, "MatchingOutboxDrain")
                    .description("Re-sends matching events left in the outbox")
                    .schedule(Schedule.rate(Duration.minutes(5)))
                    .targets(List.of(LambdaFunction.Builder.create(matching.getAlias()).retryAttempts(0).build()))
                    .build();
        }
        JavaFunction signup = functions.get("signup");
        if (signup != null) {
            // A mentor's changed capacity is announced (MentorCapacityChanged) for matching's waitlist offers, an
            // incomplete registration asks reminders for a nudge (ReminderRequested / ReminderWithdrawn), and an
            // erasure (PersonErased) goes to every function that keeps something of the person.
            allowPublishing(signup, sender);
        }
        JavaFunction agenda = functions.get("agenda");
        if (agenda != null) {
            // Meetings booked, moved or cancelled are announced (MeetingScheduled / MeetingCancelled) for reminders,
            // meetings held (MeetingHeld) for surveys.
            allowPublishing(agenda, sender);
            // Every new pair finds its first agenda and kick-off checklist ready without anyone asking.
            Rule.Builder.create(this, "AgendaRelationshipStarted")
                    .description("Prepares a new relationship's first agenda and kick-off checklist")
                    .eventBus(bus)
                    .eventPattern(EventPattern.builder()
                            .source(List.of(MATCHING_SOURCE))
                            .detailType(List.of("RelationshipStarted"))
                            .build())
                    .targets(List.of(LambdaFunction.Builder.create(agenda.getAlias())
                            .retryAttempts(AGENDA_RETRY_ATTEMPTS).maxEventAge(AGENDA_MAX_EVENT_AGE).build()))
                    .build();
        }
        JavaFunction surveys = functions.get("surveys");
        if (surveys != null) {
            connectSurveys(surveys, sender);
        }
        connectErasure(functions);
    }

    /**
     * {@code DELETE /me} (signup) announces PersonErased; every other function erases or pseudonymises its own items.
     * Each handles it idempotently and resumably, so EventBridge retries a failure for as long as surveys' events.
     */
    private void connectErasure(Map<String, JavaFunction> functions) {
        for (String name : ERASING_FUNCTIONS) {
            JavaFunction fn = functions.get(name);
            if (fn == null) {
                continue;
            }
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Rule.Builder.create(this, capitalised + "PersonErased")
                    .description("Erases or pseudonymises what " + name + " keeps of a person who asked to be erased")
                    .eventBus(bus)
                    .eventPattern(EventPattern.builder()
                            .source(List.of(SIGNUP_SOURCE))
                            .detailType(List.of(PERSON_ERASED))
                            .build())
                    .targets(List.of(LambdaFunction.Builder.create(fn.getAlias())
                            .retryAttempts(ERASURE_RETRY_ATTEMPTS).maxEventAge(ERASURE_MAX_EVENT_AGE).build()))
                    .build();
        }
    }

    private void connectSurveys(JavaFunction surveys, JavaFunction sender) {
        // Each survey sent asks reminders for a survey-due reminder, each answer withdraws it (ReminderRequested / ReminderWithdrawn).
        allowPublishing(surveys, sender);
        // A started relationship gets its baseline survey and schedule; an ended one its end-of-relationship surveys.
        Rule.Builder.create(this, "SurveysRelationshipEvents")
                .description("Sends and schedules surveys when relationships start and end")
                .eventBus(bus)
                .eventPattern(EventPattern.builder()
                        .source(List.of(MATCHING_SOURCE))
                        .detailType(List.of("RelationshipStarted", "RelationshipEnded"))
                        .build())
                .targets(List.of(LambdaFunction.Builder.create(surveys.getAlias())
                        .retryAttempts(SURVEYS_RETRY_ATTEMPTS).maxEventAge(SURVEYS_MAX_EVENT_AGE).build()))
                .build();
        // A meeting logged as held is counted for the report and brings the check-in where the program asks for one.
        Rule.Builder.create(this, "SurveysMeetingHeld")
                .description("Counts held meetings and sends the check-in after them")
                .eventBus(bus)
                .eventPattern(EventPattern.builder()
                        .source(List.of(AGENDA_SOURCE))
                        .detailType(List.of("MeetingHeld"))
                        .build())
                .targets(List.of(LambdaFunction.Builder.create(surveys.getAlias())
                        .retryAttempts(SURVEYS_RETRY_ATTEMPTS).maxEventAge(SURVEYS_MAX_EVENT_AGE).build()))
                .build();
        // Surveys due N days after a start (or every N days) go out once a day; a repeated run sends nothing twice.
        Rule.Builder.create(this, "SurveysDaily")
                .description("Sends the surveys that fell due")
                .schedule(Schedule.cron(CronOptions.builder().minute("0").hour(Integer.toString(SURVEYS_DAILY_HOUR_UTC)).build()))
                .targets(List.of(LambdaFunction.Builder.create(surveys.getAlias())
                        .retryAttempts(SURVEYS_RETRY_ATTEMPTS).maxEventAge(SURVEYS_MAX_EVENT_AGE).build()))
                .build();
    }

    /** @param sender the function that sends every function's events, or null when each sends its own */
    private void allowPublishing(JavaFunction fn, JavaFunction sender) {
        fn.getFunction().addEnvironment("EVENT_BUS_NAME", bus.getEventBusName());
        if (sender == null || sender == fn) {
            bus.grantPutEventsTo(fn.getRole());
        }
    }

    public EventBus getBus() {
        return bus;
    }
}
