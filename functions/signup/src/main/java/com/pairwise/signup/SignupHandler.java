package com.pairwise.signup;

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
import com.pairwise.shared.privacy.ExportSections;
import com.pairwise.shared.store.AwsClients;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.signup.api.SignupRoutes;
import com.pairwise.signup.domain.DataExport;
import com.pairwise.signup.domain.MentorCapacityEvents;
import com.pairwise.signup.domain.PersonErasure;
import com.pairwise.signup.domain.PersonalData;
import com.pairwise.signup.domain.Programs;
import com.pairwise.signup.domain.RegistrationReminders;
import com.pairwise.signup.domain.Registrations;
import com.pairwise.signup.domain.RequirementReminders;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** Lambda entry point of the signup function: programs, registrations and personal data. */
public final class SignupHandler extends HttpFunction {
    public static final String FUNCTION = "signup";

    /** A program id that is well formed but never stored: warm-up reads find nothing. */
    static final String WARM_UP_PROGRAM = "prg_snapstartpriming";
    private static final String WARM_UP_PROGRAM_BODY = "{\"name\":\"Warm-up\",\"kind\":\"cohort\",\"startDate\":\"2027-01-15\","
            + "\"endDate\":\"2027-06-30\",\"format\":\"one_to_one\",\"status\":\"open\",\"menteeCap\":10,"
            + "\"defaultMentorCapacity\":2,\"requiredProfileFields\":[\"time_zone\",\"country\"],\"languages\":[\"en\"]}";
    private static final String WARM_UP_SIGNUP_BODY = "{\"role\":\"mentee\",\"displayName\":\"Warm Up\",\"languages\":[\"en\"],"
            + "\"timeZone\":\"Europe/Lisbon\",\"country\":\"PT\",\"skillsToDevelop\":[\"Negotiation\"],\"goals\":\"warm up\"}";

    /** Refuses every event, so it stays in the outbox (the matching function's outbox drain sends it). */
    private static final EventPublisher NO_BUS = (source, type, detail) -> {
        throw new IllegalStateException("no event bus configured");
    };

    /** Held so the CRaC context (which may keep resources weakly) runs it before the SnapStart snapshot. */
    @SuppressWarnings("unused")
    private final SnapStartPriming priming;

    /** Used by Lambda: clients and schemas are built once here, at init (and captured by SnapStart). */
    public SignupHandler() {
        this(new PairwiseTable(AwsClients.dynamoDb(), AwsClients.tableName()), Clock.systemUTC(), System.out,
                OutboxDelivery.fromEnvironment().committingPublisher(), OutboxDelivery.fromEnvironment(),
                BusinessMetrics.lambda(System.out, Clock.systemUTC(), FUNCTION), true);
    }

    /** Without a bus: events (a mentor's changed capacity, reminders asked for) wait in the shared outbox for a drain. */
    public SignupHandler(PairwiseTable table, Clock clock) {
        this(table, clock, System.out);
    }

    /** @param log where the one-line-per-request JSON log and the metric lines go (stdout on Lambda, to CloudWatch) */
    public SignupHandler(PairwiseTable table, Clock clock, PrintStream log) {
        this(table, clock, log, NO_BUS);
    }

    /** @param events the project's bus (EventBridge in the cloud, the local runner's bus locally) */
    public SignupHandler(PairwiseTable table, Clock clock, PrintStream log, EventPublisher events) {
        this(table, clock, log, events, OutboxDelivery.AT_COMMIT, new BusinessMetrics(log, clock, FUNCTION, "local"), false);
    }

    private SignupHandler(PairwiseTable table, Clock clock, PrintStream log, EventPublisher events, OutboxDelivery delivery,
                          BusinessMetrics metrics, boolean primeOnSnapshot) {
        super(routes(table, clock, log, events, delivery, metrics));
        priming = primeOnSnapshot ? SnapStartPriming.register(this::warmUp) : null;
    }

    /**
     * Requests that load and run what real ones do (event and body parsing, routing, the DynamoDB client's signing,
     * HTTP and marshalling, problem answers) while writing nothing: reads of a program that does not exist, a
     * sign-up for it, a program creation refused to a non-administrator, and the warm-up user's own (empty) data.
     */
    void warmUp() {
        Map<String, String> program = Map.of("programId", WARM_UP_PROGRAM);
        warmUp("GET /programs/{programId}", program, null);
        warmUp("POST /programs/{programId}/registrations", program, WARM_UP_SIGNUP_BODY);
        warmUp("POST /programs", Map.of(), WARM_UP_PROGRAM_BODY);
        warmUp("GET /me", Map.of(), null);
    }

    private static Router routes(PairwiseTable table, Clock clock, PrintStream log, EventPublisher events, OutboxDelivery delivery,
                                 BusinessMetrics metrics) {
        ProgramStore programStore = new ProgramStore(table);
        RegistrationStore registrationStore = new RegistrationStore(table);
        IdGenerator ids = new IdGenerator();
        OutboxStore outbox = new OutboxStore(table);
        EventRelay relay = new EventRelay(outbox, events, delivery, clock, log);
        RegistrationReminders reminders = new RegistrationReminders(new ReminderRequests(RegistrationReminders.SOURCE, ids));
        Programs programs = new Programs(programStore, registrationStore,
                new RequirementReminders(registrationStore, outbox, reminders, relay), clock, ids);
        Registrations registrations = new Registrations(programs, registrationStore, new MentorCapacityEvents(ids), reminders, relay, clock);
        PersonalData personalData = new PersonalData(programStore, registrationStore, clock);
        DataExport dataExport = new DataExport(programStore, registrationStore, ExportSections.all(table, clock), clock);
        PersonErasure erasure = new PersonErasure(programStore, registrationStore, new RelationshipStore(table), outbox, relay, ids, clock);
        return new SignupRoutes(programs, registrations, personalData, dataExport, erasure, metrics)
                .register(new Router(new RequestLog(log, clock, FUNCTION)));
    }
}
