package com.pairwise.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.api.MatchingRoutes;
import com.pairwise.matching.domain.AnnouncedRequests;
import com.pairwise.matching.domain.CommitPacing;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.OutboxDelivery;
import com.pairwise.matching.domain.MatchingRuns;
import com.pairwise.matching.domain.People;
import com.pairwise.matching.domain.PersonErasure;
import com.pairwise.matching.domain.Placement;
import com.pairwise.matching.domain.ProgramAccess;
import com.pairwise.matching.domain.RelationshipEvents;
import com.pairwise.matching.domain.RunCommits;
import com.pairwise.matching.domain.Relationships;
import com.pairwise.matching.domain.SelfMatching;
import com.pairwise.matching.domain.WaitlistOffers;
import com.pairwise.matching.domain.WarmCandidates;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.EventBridgePublisher;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.RequestLog;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.lambda.SnapStartPriming;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.store.AwsClients;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.MatchingErasureStore;
import com.pairwise.shared.store.MatchingVersion;
import com.pairwise.shared.store.RegistrationChanges;
import com.pairwise.shared.store.MatchingRunStore;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.RunCommitStore;
import com.pairwise.shared.store.WaitlistStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the matching function: HTTP API requests (suggestions, match requests, relationships,
 * matching runs) and its own jobs, delivered by the EventBridge bus ({@link Jobs}).
 */
public final class MatchingHandler extends HttpFunction {
    /** The function's name in its log lines and metrics. */
    static final String FUNCTION = "matching";

    /** A program id that is well formed but never stored: warm-up reads find nothing. */
    static final String WARM_UP_PROGRAM = "prg_snapstartpriming";
    /** A well-formed request (any valid user id as mentor) in that program: parsed, then answered not found. */
    private static final String WARM_UP_REQUEST_BODY = "{\"mentorId\":\"00000000-0000-0000-0000-000000000001\",\"message\":\"warm up\"}";

    private final Jobs jobs;
    /** Held so the CRaC context (which may keep resources weakly) runs it before the SnapStart snapshot. */
    @SuppressWarnings("unused")
    private final SnapStartPriming priming;

    /** Used by Lambda: clients and schemas are built once here, at init (and captured by SnapStart, primed). */
    public MatchingHandler() {
        this(new Wiring(new PairwiseTable(AwsClients.dynamoDb(), AwsClients.tableName()), Clock.systemUTC(),
                EventBridgePublisher.fromEnvironment(), System.out, CommitPacing.DEFAULT, OutboxDelivery.fromEnvironment(),
                BusinessMetrics.lambda(System.out, Clock.systemUTC(), FUNCTION)), true);
    }

    public MatchingHandler(PairwiseTable table, Clock clock, EventPublisher publisher, PrintStream log) {
        this(table, clock, publisher, log, CommitPacing.DEFAULT);
    }

    /** As above with the pace of run commits (tests use small chunks to exercise continuations). */
    public MatchingHandler(PairwiseTable table, Clock clock, EventPublisher publisher, PrintStream log, CommitPacing pacing) {
        this(table, clock, publisher, log, pacing, OutboxDelivery.AT_COMMIT);
    }

    /** As above with events sent as the stack sends them (tests of the stream relay); metric lines go to {@code log}. */
    public MatchingHandler(PairwiseTable table, Clock clock, EventPublisher publisher, PrintStream log, CommitPacing pacing,
                           OutboxDelivery delivery) {
        this(new Wiring(table, clock, publisher, log, pacing, delivery, new BusinessMetrics(log, clock, FUNCTION, "local")), false);
    }

    private MatchingHandler(Wiring w, boolean primeOnSnapshot) {
        super(w.router);
        this.jobs = w.jobs;
        priming = primeOnSnapshot ? SnapStartPriming.register(this::warmUp) : null;
    }

    /**
     * Requests that load and run what real ones do (event and body parsing, routing, the DynamoDB client's signing,
     * HTTP and marshalling, problem answers) while writing nothing: a match request in a program that does not exist
     * and the warm-up user's own (empty) requests and relationships. No job is run: every job drains the outbox,
     * which could publish.
     */
    void warmUp() {
        warmUp("POST /programs/{programId}/match-requests", Map.of("programId", WARM_UP_PROGRAM), WARM_UP_REQUEST_BODY);
        warmUp("GET /me/match-requests", Map.of(), null);
        warmUp("GET /me/relationships", Map.of(), null);
    }

    @Override
    protected boolean handleEvent(JsonNode event) {
        return jobs.handle(event);
    }

    /** Everything built once per process, shared by the HTTP routes and the jobs. */
    private static final class Wiring {
        final Router router;
        final Jobs jobs;

        Wiring(PairwiseTable table, Clock clock, EventPublisher publisher, PrintStream log, CommitPacing pacing,
               OutboxDelivery delivery, BusinessMetrics metrics) {
            IdGenerator ids = new IdGenerator();
            ProgramAccess programs = new ProgramAccess(new ProgramStore(table));
            People people = new People(new RegistrationStore(table));
            RelationshipStore relationshipStore = new RelationshipStore(table);
            EventRelay relay = new EventRelay(new OutboxStore(table), publisher, delivery, clock, log);
            RelationshipEvents events = new RelationshipEvents(ids);
            MatchRequestStore requestStore = new MatchRequestStore(table);
            WaitlistStore waitlist = new WaitlistStore(table);
            AnnouncedRequests announced = new AnnouncedRequests(requestStore, relay, ids);
            WarmCandidates candidates = new WarmCandidates(people, relationshipStore, new MatchingVersion(table), new RegistrationChanges(table));
            SelfMatching selfMatching = new SelfMatching(programs, people, relationshipStore, requestStore, announced, events, relay,
                    clock, ids, candidates);
            Placement placement = new Placement(relationshipStore, selfMatching, events, relay);
            WaitlistOffers offers = new WaitlistOffers(programs, people, relationshipStore, requestStore, announced, waitlist, clock, ids, log);
            Relationships relationships = new Relationships(programs, people, relationshipStore, placement, events, relay, offers, clock);
            MatchingRunStore runStore = new MatchingRunStore(table);
            RunCommitStore commitStore = new RunCommitStore(table);
            MatchingRuns runs = new MatchingRuns(programs, people, relationshipStore, runStore, commitStore, relay, clock, ids, log);
            RunCommits commits = new RunCommits(runs, programs, people, relationshipStore, runStore, commitStore, waitlist, placement,
                    relay, clock, ids, pacing, metrics);
            PersonErasure erasure = new PersonErasure(relationshipStore, requestStore, new MatchingErasureStore(table), events, relay, offers, clock);
            this.jobs = new Jobs(runs, commits, offers, relay, erasure, log);
            this.router = new MatchingRoutes(selfMatching, relationships, runs, commits, clock, metrics)
                    .register(new Router(new RequestLog(log, clock, FUNCTION)));
        }
    }
}
