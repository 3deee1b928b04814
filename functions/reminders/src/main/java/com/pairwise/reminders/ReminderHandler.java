package com.pairwise.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.reminders.api.ReminderRoutes;
import com.pairwise.reminders.domain.DeadLetters;
import com.pairwise.reminders.domain.MailSender;
import com.pairwise.reminders.domain.MessageRenderer;
import com.pairwise.reminders.domain.ReminderPlanner;
import com.pairwise.reminders.domain.ReminderRun;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.domain.RunReport;
import com.pairwise.reminders.domain.UnsubscribeTokens;
import com.pairwise.reminders.mail.SesMailSender;
import com.pairwise.reminders.mail.SqsDeadLetters;
import com.pairwise.reminders.mail.UnsubscribeKey;
import com.pairwise.reminders.store.DynamoFeed;
import com.pairwise.reminders.store.DynamoPreferences;
import com.pairwise.reminders.store.DynamoReminderBook;
import com.pairwise.reminders.store.FeedMentions;
import com.pairwise.reminders.store.PersonalItems;
import com.pairwise.reminders.store.ReminderMentions;
import com.pairwise.reminders.store.ProfileRecipients;
import com.pairwise.reminders.store.ProgramStoreTimings;
import com.pairwise.reminders.store.ProgramStoreDigestPrograms;
import com.pairwise.reminders.store.DynamoRelationshipActivity;
import com.pairwise.reminders.store.GsiWaitingPeople;
import com.pairwise.reminders.domain.WeeklyDigest;
import com.pairwise.reminders.store.RelationshipRelevance;
import com.pairwise.reminders.store.MatchRequestRelevance;
import com.pairwise.reminders.domain.Relevance;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.RequestLog;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.lambda.SnapStartPriming;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.store.AwsClients;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of the reminders function. EventBridge: the schedule rule runs the due reminders, the weekly rule
 * first plans the coordinators' digests; relationship and meeting events (re)plan reminders at the program's timings.
 * HTTP: preferences, the in-app feed, unsubscribe (a page on GET, the change on POST).
 */
public final class ReminderHandler extends HttpFunction {
    private static final String FUNCTION = "reminders";
    /** A preferences change refused field by field (an hour that does not exist): read first, then answered 400. */
    private static final String WARM_UP_PREFERENCES_BODY = "{\"kinds\":{\"meeting\":false},\"quietHours\":{\"start\":\"25:00\"}}";

    private final ReminderRun run;
    private final UnsubscribeTokens tokens;
    private final ReminderEvents events;
    private final WeeklyDigest digest;
    private final PrintStream log;
    private final Clock clock;
    /** Held so the CRaC context (which may keep resources weakly) runs it before the SnapStart snapshot. */
    @SuppressWarnings("unused")
    private final SnapStartPriming priming;

    /**
     * Used by Lambda: clients (DynamoDB, SES, SQS) are built once here, at init; the unsubscribe key is read from
     * Secrets Manager when first needed, which the SnapStart warm-up makes happen before the snapshot.
     */
    public ReminderHandler() {
        this(new PairwiseTable(AwsClients.dynamoDb(), AwsClients.tableName()), Clock.systemUTC(), SesMailSender.fromEnvironment(),
                SqsDeadLetters.fromEnvironment(), unsubscribeTokens(requiredEnv("UNSUBSCRIBE_KEY_SECRET")),
                requiredEnv("PUBLIC_BASE_URL"), ReminderSettings.DEFAULT, System.out,
                BusinessMetrics.lambda(System.out, Clock.systemUTC(), FUNCTION), true);
    }

    private static UnsubscribeTokens unsubscribeTokens(String secretId) {
        return UnsubscribeTokens.onFirstUse(() -> UnsubscribeKey.fromSecretsManager(secretId));
    }

    public ReminderHandler(PairwiseTable table, Clock clock, MailSender mail, DeadLetters deadLetters, byte[] unsubscribeKey,
                           String publicBaseUrl, ReminderSettings settings, PrintStream log) {
        this(table, clock, mail, deadLetters, unsubscribeKey, publicBaseUrl, settings, log, false);
    }

    private ReminderHandler(PairwiseTable table, Clock clock, MailSender mail, DeadLetters deadLetters, byte[] unsubscribeKey,
                            String publicBaseUrl, ReminderSettings settings, PrintStream log, boolean primeOnSnapshot) {
        this(table, clock, mail, deadLetters, new UnsubscribeTokens(unsubscribeKey), publicBaseUrl, settings, log, primeOnSnapshot);
    }

    /**
     * Metric lines go to {@code log}, stage "local", so tests read them with the rest of the log.
     *
     * @param tokens signs and checks unsubscribe links; its key may be read on first use ({@link UnsubscribeTokens#onFirstUse})
     */
    ReminderHandler(PairwiseTable table, Clock clock, MailSender mail, DeadLetters deadLetters, UnsubscribeTokens tokens,
                    String publicBaseUrl, ReminderSettings settings, PrintStream log, boolean primeOnSnapshot) {
        this(table, clock, mail, deadLetters, tokens, publicBaseUrl, settings, log, new BusinessMetrics(log, clock, FUNCTION, "local"),
                primeOnSnapshot);
    }

    private ReminderHandler(PairwiseTable table, Clock clock, MailSender mail, DeadLetters deadLetters, UnsubscribeTokens tokens,
                            String publicBaseUrl, ReminderSettings settings, PrintStream log, BusinessMetrics metrics,
                            boolean primeOnSnapshot) {
        this(Parts.build(table, clock, mail, deadLetters, tokens, publicBaseUrl, settings, log, metrics), tokens, clock, log, primeOnSnapshot);
    }

    private ReminderHandler(Parts parts, UnsubscribeTokens tokens, Clock clock, PrintStream log, boolean primeOnSnapshot) {
        super(parts.routes.register(new Router(new RequestLog(log, clock, FUNCTION))));
        this.tokens = tokens;
        this.run = parts.run;
        this.events = new ReminderEvents(parts.planner, clock, parts.personal, parts.mentions, parts.reminderMentions, log);
        this.digest = parts.digest;
        this.log = log;
        this.clock = clock;
        priming = primeOnSnapshot ? SnapStartPriming.register(this::warmUp) : null;
    }

    /**
     * Requests that load and run what real ones do (event and body parsing, routing, the DynamoDB client's signing,
     * HTTP and marshalling, problem answers) while writing nothing: the warm-up user's own (default) preferences and
     * (empty) feed, and a preferences change refused for a bad body; then the unsubscribe key is read. No event and
     * never the scheduled run: those plan, write or send mail.
     */
    void warmUp() {
        warmUp("GET /me/preferences", Map.of(), null);
        warmUp("GET /me/notifications", Map.of(), null);
        warmUp("PATCH /me/preferences", Map.of(), WARM_UP_PREFERENCES_BODY);
        // into the snapshot, so a restored function does not wait for Secrets Manager (and a bad secret fails here)
        tokens.readKey();
    }

    /** One run over the reminders due now (what the schedule rule triggers); its ReminderSent lines share the run's id. */
    public RunReport runDue() {
        RunReport report = run.run();
        ObjectNode line = JsonTree.object().put("found", report.found()).put("sent", report.sent()).put("lost", report.lost())
                .put("held", report.held()).put("skipped", report.skipped()).put("retried", report.retried())
                .put("deadLettered", report.deadLettered()).put("readCapacity", report.readCapacity());
        line.put("time", clock.instant().toString()).put("level", "INFO").put("function", "reminders").put("event", "run")
                .put("correlationId", report.runId());
        log.println(JsonTree.write(line));
        return report;
    }

    @Override
    protected boolean handleEvent(JsonNode event) {
        if (ReminderEvents.isSchedule(event)) {
            if (isWeeklyDigestRule(event)) {
                // Planned due now, then sent by the run right after: quiet hours hold each until its reader's morning.
                int planned = digest.plan(clock.instant());
                log.println("{\"level\":\"INFO\",\"function\":\"reminders\",\"event\":\"weekly-digest\",\"planned\":" + planned + "}");
            }
            runDue();
            return true;
        }
        return events.handle(event);
    }

    /** The weekly rule is told from the 15-minute one by its name, which ends in {@value #WEEKLY_DIGEST_RULE}. */
    static boolean isWeeklyDigestRule(JsonNode event) {
        for (JsonNode resource : event.path("resources")) {
            if (resource.asText().endsWith(WEEKLY_DIGEST_RULE)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the weekly digest rule's name (CDK and the local runner name it so). */
    public static final String WEEKLY_DIGEST_RULE = "reminders-weekly-digest";

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }

    /** A reminder goes only while what it is about still stands: the relationship, the unanswered request. */
    private static Relevance relevance(PairwiseTable table) {
        Relevance relationship = new RelationshipRelevance(new RelationshipStore(table));
        Relevance request = new MatchRequestRelevance(new MatchRequestStore(table));
        return r -> relationship.stillRelevant(r) && request.stillRelevant(r);
    }

    private record Parts(ReminderRoutes routes, ReminderRun run, ReminderPlanner planner, WeeklyDigest digest, PersonalItems personal,
                         FeedMentions mentions, ReminderMentions reminderMentions) {
        static Parts build(PairwiseTable table, Clock clock, MailSender mail, DeadLetters deadLetters, UnsubscribeTokens tokens,
                           String publicBaseUrl, ReminderSettings settings, PrintStream log, BusinessMetrics metrics) {
            DynamoReminderBook book = new DynamoReminderBook(table);
            DynamoPreferences preferences = new DynamoPreferences(table);
            DynamoFeed feed = new DynamoFeed(table);
            ProfileRecipients recipients = new ProfileRecipients(new RegistrationStore(table));
            ProgramStore programs = new ProgramStore(table);
            ProgramStoreTimings timings = new ProgramStoreTimings(programs);
            DynamoRelationshipActivity activity = new DynamoRelationshipActivity(table);
            ReminderRun run = new ReminderRun(book, recipients, preferences,
                    relevance(table), new MessageRenderer(publicBaseUrl, tokens), feed,
                    mail, deadLetters, settings, clock, new IdGenerator(), log, metrics);
            WeeklyDigest digest = new WeeklyDigest(new ProgramStoreDigestPrograms(programs), activity, new GsiWaitingPeople(table),
                    timings, recipients, book);
            return new Parts(new ReminderRoutes(preferences, feed, tokens, clock), run,
                    new ReminderPlanner(book, timings, activity), digest, new PersonalItems(table),
                    new FeedMentions(table, new RelationshipStore(table), programs, recipients), new ReminderMentions(table));
        }
    }
}
