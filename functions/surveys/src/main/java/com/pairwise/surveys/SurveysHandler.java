package com.pairwise.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.OutboxDelivery;
import com.pairwise.shared.events.ReminderRequests;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.RequestLog;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.lambda.SnapStartPriming;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.store.AwsClients;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.surveys.api.SurveyEvents;
import com.pairwise.surveys.api.SurveyRoutes;
import com.pairwise.surveys.domain.Answers;
import com.pairwise.surveys.domain.Dispatcher;
import com.pairwise.surveys.domain.PersonErasure;
import com.pairwise.surveys.domain.ProgramAccess;
import com.pairwise.surveys.domain.ProgramSurveys;
import com.pairwise.surveys.domain.Reports;
import com.pairwise.surveys.domain.ShippedTemplates;
import com.pairwise.surveys.domain.SurveyReminders;
import com.pairwise.surveys.domain.SurveySettingsRules;
import com.pairwise.surveys.domain.TemplateTexts;
import com.pairwise.surveys.store.SurveyErasureStore;
import com.pairwise.surveys.store.SurveyStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the surveys function: HTTP API requests (survey settings, my surveys, answers, reports),
 * matching's RelationshipStarted / RelationshipEnded events, agenda's MeetingHeld, and the daily scheduled run that
 * sends due surveys.
 */
public final class SurveysHandler extends HttpFunction {
    /** The name on this function's request log lines and business metrics. */
    static final String FUNCTION = "surveys";
    /** A survey instance id that is well formed but never stored: warm-up reads find nothing. */
    static final String WARM_UP_INSTANCE = "svi_snapstartpriming";
    /** A well-formed answer: parsed, then answered not found (the survey does not exist). */
    private static final String WARM_UP_ANSWERS_BODY = "{\"answers\":{\"q1\":4,\"q2\":\"warm up\"}}";

    private final SurveyEvents events;
    /** Held so the CRaC context (which may keep resources weakly) runs it before the SnapStart snapshot. */
    @SuppressWarnings("unused")
    private final SnapStartPriming priming;

    /** Used by Lambda: clients, templates and texts are built once here, at init (and primed for SnapStart). */
    public SurveysHandler() {
        this(new Wiring(new PairwiseTable(AwsClients.dynamoDb(), AwsClients.tableName()), Clock.systemUTC(), System.out,
                System.getenv("EVENT_BUS_NAME") == null ? null : OutboxDelivery.fromEnvironment().committingPublisher(), OutboxDelivery.fromEnvironment(),
                BusinessMetrics.lambda(System.out, Clock.systemUTC(), FUNCTION)), true);
    }

    /** Without a bus: no survey-due reminders are asked for. */
    public SurveysHandler(PairwiseTable table, Clock clock, PrintStream log) {
        this(table, clock, log, null);
    }

    /** @param events the project's bus: each survey sent asks reminders for a survey-due reminder, each answer withdraws it */
    public SurveysHandler(PairwiseTable table, Clock clock, PrintStream log, EventPublisher events) {
        this(new Wiring(table, clock, log, events, OutboxDelivery.AT_COMMIT, new BusinessMetrics(log, clock, FUNCTION, "local")), false);
    }

    private SurveysHandler(Wiring w, boolean primeOnSnapshot) {
        super(w.router);
        this.events = w.events;
        priming = primeOnSnapshot ? SnapStartPriming.register(this::warmUp) : null;
    }

    /**
     * Requests that load and run what real ones do (event and body parsing, routing, the DynamoDB client's signing,
     * HTTP and marshalling, template texts, problem answers) while writing nothing: the shipped templates, the
     * warm-up user's own (empty) surveys, and an answer to a survey that does not exist. No event: the schedule and
     * relationship events send surveys.
     */
    void warmUp() {
        warmUp("GET /survey-templates", Map.of(), null);
        warmUp("GET /me/surveys", Map.of(), null);
        warmUp("POST /surveys/{instanceId}/responses", Map.of("instanceId", WARM_UP_INSTANCE), WARM_UP_ANSWERS_BODY);
    }

    @Override
    protected boolean handleEvent(JsonNode event) {
        return events.handle(event);
    }

    /** Everything built once per process, shared by the routes and the event handling. */
    private static final class Wiring {
        final Router router;
        final SurveyEvents events;

        Wiring(PairwiseTable table, Clock clock, PrintStream log, EventPublisher bus, OutboxDelivery delivery, BusinessMetrics metrics) {
            ShippedTemplates templates = new ShippedTemplates();
            TemplateTexts texts = new TemplateTexts();
            SurveyStore store = new SurveyStore(table, templates);
            RegistrationStore registrations = new RegistrationStore(table);
            ProgramAccess access = new ProgramAccess(new ProgramStore(table));
            ProgramSurveys surveys = new ProgramSurveys(access, store, new SurveySettingsRules(templates));
            SurveyReminders reminders = bus == null ? SurveyReminders.none() : new SurveyReminders(
                    new ReminderRequests(SurveyReminders.SOURCE, new IdGenerator()), new EventRelay(new OutboxStore(table), bus, delivery, clock, log));
            Answers answers = new Answers(templates, surveys, store, reminders, clock);
            Reports reports = new Reports(access, store, registrations, clock);
            Dispatcher dispatcher = new Dispatcher(surveys, templates, store, registrations, reminders, clock);
            this.router = new SurveyRoutes(templates, texts, surveys, answers, reports, metrics)
                    .register(new Router(new RequestLog(log, clock, FUNCTION)));
            this.events = new SurveyEvents(dispatcher, new PersonErasure(new SurveyErasureStore(table)), log);
        }
    }
}
