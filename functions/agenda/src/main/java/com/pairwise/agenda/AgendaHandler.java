package com.pairwise.agenda;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.agenda.api.AgendaRoutes;
import com.pairwise.agenda.domain.AgendaSource;
import com.pairwise.agenda.domain.Agendas;
import com.pairwise.agenda.domain.ContentLibrary;
import com.pairwise.agenda.domain.MeetingEvents;
import com.pairwise.agenda.domain.Meetings;
import com.pairwise.agenda.domain.PairAccess;
import com.pairwise.agenda.domain.Participants;
import com.pairwise.agenda.domain.PersonErasure;
import com.pairwise.agenda.domain.TemplateAgendaSource;
import com.pairwise.agenda.domain.Templates;
import com.pairwise.agenda.library.BundledContent;
import com.pairwise.agenda.library.Priming;
import com.pairwise.agenda.store.MeetingStore;
import com.pairwise.agenda.store.TemplateStore;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.OutboxDelivery;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.RequestLog;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.lambda.SnapStartPriming;
import com.pairwise.shared.store.AwsClients;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the agenda function: meetings, agendas, templates and invites over HTTP, and the kick-off of
 * every new relationship on the EventBridge {@code RelationshipStarted} event.
 */
public final class AgendaHandler extends HttpFunction {
    public static final String RELATIONSHIP_SOURCE = "pairwise.matching";
    public static final String RELATIONSHIP_STARTED = "RelationshipStarted";

    /** Ids that are well formed but never stored: warm-up reads find nothing. */
    static final String WARM_UP_RELATIONSHIP = "rel_snapstartpriming";
    static final String WARM_UP_MEETING = "mtg_snapstartpriming";
    /** A well-formed booking: parsed, then answered not found (the relationship does not exist). */
    private static final String WARM_UP_MEETING_BODY = "{\"start\":\"2027-01-15T09:00:00Z\",\"durationMinutes\":60,\"place\":\"Room 1\"}";

    private final Agendas agendas;
    private final PersonErasure erasure;
    private final ContentLibrary content;
    private final PrintStream log;
    private final Clock clock;
    /** Held so the CRaC context (which may keep resources weakly) runs it before the SnapStart snapshot. */
    @SuppressWarnings("unused")
    private final SnapStartPriming priming;

    /**
     * Used by Lambda: clients, schemas and the bundled content are loaded once here, at init; the agenda and invite
     * warm-up runs only before a SnapStart snapshot, so plain cold starts do not pay for it.
     */
    public AgendaHandler() {
        this(new PairwiseTable(AwsClients.dynamoDb(), AwsClients.tableName()), Clock.systemUTC(), System.out,
                System.getenv("EVENT_BUS_NAME") == null ? null : OutboxDelivery.fromEnvironment().committingPublisher(),
                OutboxDelivery.fromEnvironment(), true);
    }

    public AgendaHandler(PairwiseTable table, Clock clock) {
        this(table, clock, System.out);
    }

    public AgendaHandler(PairwiseTable table, Clock clock, PrintStream log) {
        this(table, clock, log, null);
    }

    /** With a publisher, meetings booked, moved, cancelled or held are announced (MeetingScheduled / MeetingCancelled / MeetingHeld). */
    public AgendaHandler(PairwiseTable table, Clock clock, PrintStream log, EventPublisher events) {
        this(table, clock, log, events, OutboxDelivery.AT_COMMIT, false);
    }

    private AgendaHandler(PairwiseTable table, Clock clock, PrintStream log, EventPublisher events, OutboxDelivery delivery,
                          boolean primeOnSnapshot) {
        this(Parts.build(table, clock, events == null ? null : new EventRelay(new OutboxStore(table), events, delivery, clock, log)),
                clock, log, primeOnSnapshot);
    }

    private AgendaHandler(Parts parts, Clock clock, PrintStream log, boolean primeOnSnapshot) {
        super(new AgendaRoutes(parts.meetings, parts.agendas, parts.templates).register(new Router(new RequestLog(log, clock, "agenda"))));
        this.agendas = parts.agendas;
        this.erasure = parts.erasure;
        this.content = parts.content;
        this.log = log;
        this.clock = clock;
        priming = primeOnSnapshot ? SnapStartPriming.register(this::warmUp) : null;
    }

    /**
     * One agenda and invite per bundled language in memory ({@link Priming}: time-zone rules and locale data), then
     * requests that load and run what real ones do (event and body parsing, routing, the DynamoDB client's signing,
     * HTTP and marshalling, problem answers) while writing nothing: a booking for a relationship that does not
     * exist, its meeting list, and a meeting that does not exist.
     */
    void warmUp() {
        Priming.run(content);
        Map<String, String> relationship = Map.of("relationshipId", WARM_UP_RELATIONSHIP);
        warmUp("POST /relationships/{relationshipId}/meetings", relationship, WARM_UP_MEETING_BODY);
        warmUp("GET /relationships/{relationshipId}/meetings", relationship, null);
        warmUp("GET /meetings/{meetingId}", Map.of("meetingId", WARM_UP_MEETING), null);
    }

    /** EventBridge: prepares the kick-off of a relationship that just started; redeliveries change nothing. */
    @Override
    protected boolean handleEvent(JsonNode event) {
        if (PersonErased.matches(event)) {
            personErased(event);
            return true;
        }
        if (!RELATIONSHIP_SOURCE.equals(event.path("source").asText()) || !RELATIONSHIP_STARTED.equals(event.path("detail-type").asText())) {
            return false;
        }
        String relationshipId = event.path("detail").path("relationshipId").asText("");
        boolean prepared = agendas.relationshipStarted(relationshipId);
        var line = JsonTree.object();
        line.put("time", clock.instant().toString()).put("level", "INFO").put("function", "agenda")
                .put("event", RELATIONSHIP_STARTED).put("eventId", event.path("id").asText())
                .put("outcome", prepared ? "kickoff-prepared" : "nothing-to-do");
        log.println(JsonTree.write(line));
        return true;
    }

    /** EventBridge: erases the person from their pairs' meetings; logs the erasure id, never the person's. */
    private void personErased(JsonNode event) {
        var line = JsonTree.object();
        line.put("time", clock.instant().toString()).put("level", "INFO").put("function", "agenda").put("event", PersonErased.TYPE);
        PersonErased.from(event).ifPresentOrElse(e -> {
            PersonErasure.Outcome outcome = erasure.erase(e);
            line.put("erasureId", e.erasureId()).put("meetingsCancelled", outcome.meetingsCancelled())
                    .put("meetingsPseudonymised", outcome.meetingsPseudonymised());
        }, () -> line.put("dropped", "unreadable detail"));
        log.println(JsonTree.write(line));
    }

    /** The function's parts, wired once. */
    private record Parts(Meetings meetings, Agendas agendas, Templates templates, PersonErasure erasure, ContentLibrary content) {
        static Parts build(PairwiseTable table, Clock clock, EventRelay relay) {
            ContentLibrary content = BundledContent.load();
            AgendaSource source = new TemplateAgendaSource(content);
            MeetingStore store = new MeetingStore(table);
            PairAccess access = new PairAccess(new RelationshipStore(table), new ProgramStore(table));
            Participants participants = new Participants(new RegistrationStore(table));
            Templates templates = new Templates(new TemplateStore(table), access, content, clock);
            Meetings meetings = new Meetings(store, access, participants, templates, source, clock, new IdGenerator(), relay);
            Agendas agendas = new Agendas(store, meetings, access, participants, templates, source, content, clock);
            PersonErasure erasure = new PersonErasure(store, access, new MeetingEvents(new IdGenerator()), relay, clock);
            return new Parts(meetings, agendas, templates, erasure, content);
        }
    }
}
