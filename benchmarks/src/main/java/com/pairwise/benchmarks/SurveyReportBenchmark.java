package com.pairwise.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.surveys.SurveysHandler;
import com.pairwise.surveys.domain.InstanceIds;
import com.pairwise.surveys.domain.SurveyDefinition;
import com.pairwise.surveys.domain.SurveySettings;
import com.pairwise.surveys.domain.TriggerEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Prints what a program report costs on a 3,000-participant program (1,000 mentors, 2,000 mentees, 8 regions)
 * after a year of surveys on the default calendar, sent and answered through the real handler on DynamoDB Local:
 * report time and consumed read capacity, next to the answers export, which reads every answer.
 *
 * <pre>mvn -o -q -pl benchmarks -am compile exec:java -Dexec.mainClass=com.pairwise.benchmarks.SurveyReportBenchmark</pre>
 * (or {@code -Dexec.args="600"} for a smaller program of 600 participants).
 */
public final class SurveyReportBenchmark {
    private static final String PROGRAM = "prg_bench";
    private static final String COORDINATOR = "coord-bench";
    private static final List<String> REGIONS = List.of("Andes", "Benelux", "Caribbean", "Dach", "Iberia", "Levant", "Nordics", "Pacific");
    private static final double ANSWER_RATE = 0.7;

    private SurveyReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int mentors = participants / 3;
        int mentees = participants - mentors;
        try (EmbeddedDynamoDb db = EmbeddedDynamoDb.inMemory()) {
            CapacityMeter meter = new CapacityMeter();
            DynamoDbClient client = DynamoDbClient.builder().endpointOverride(db.endpoint()).region(EmbeddedDynamoDb.REGION)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedDynamoDb.ACCESS_KEY_ID,
                            EmbeddedDynamoDb.SECRET_ACCESS_KEY)))
                    .httpClient(UrlConnectionHttpClient.builder().build())
                    .overrideConfiguration(c -> c.addExecutionInterceptor(meter))
                    .build();
            TableDefinition.createIfMissing(client, "pairwise-bench");
            PairwiseTable table = new PairwiseTable(client, "pairwise-bench");
            MovableClock clock = new MovableClock(Instant.parse("2026-01-05T08:00:00Z"));
            SurveysHandler handler = new SurveysHandler(table, clock, new PrintStream(OutputStream.nullOutputStream()));
            Bench bench = new Bench(handler, clock);

            long t0 = System.nanoTime();
            Program program = program(table, clock);
            RegistrationStore registrations = new RegistrationStore(table);
            Random random = new Random(42);
            for (int i = 0; i < participants; i++) {
                boolean mentor = i < mentors;
                String user = (mentor ? "mentor-" : "mentee-") + i;
                String region = REGIONS.get(random.nextInt(REGIONS.size()));
                Profile p = new Profile("Person " + i, user + "@example.com", List.of(List.of("en", "es", "fr").get(i % 3)), "UTC", "ES",
                        region, null, null, List.of(), mentor ? List.of() : List.of("negotiation", "public speaking"), null, List.of(),
                        mentor ? 2 : null);
                registrations.register(new Registration(PROGRAM, user, mentor ? Role.MENTOR : Role.MENTEE, RegistrationStatus.REGISTERED,
                        p, clock.instant(), clock.instant(), 0), program);
            }
            // Mentee j is matched with mentor j / 2 on a day in the first two months; 40% of relationships end after 6-10 months.
            Instant yearStart = clock.instant();
            List<Rel> relationships = new ArrayList<>();
            for (int j = 0; j < mentees; j++) {
                Instant start = yearStart.plus(Duration.ofDays(random.nextInt(60)));
                Instant end = random.nextDouble() < 0.4 ? start.plus(Duration.ofDays(180 + random.nextInt(120))) : null;
                relationships.add(new Rel("rel_" + j, "mentor-" + (j / 2 % mentors), "mentee-" + (mentors + j), start, end));
            }
            SurveySettings settings = SurveySettings.defaults();
            Map<String, Integer> answered = new HashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            int events = 0;
            for (int day = 0; day <= 365; day += 7) {
                Instant now = yearStart.plus(Duration.ofDays(day));
                Instant weekAgo = now.minus(Duration.ofDays(7));
                clock.set(now);
                for (Rel r : relationships) {
                    if (!r.start().isAfter(now) && r.start().isAfter(weekAgo)) {
                        bench.event("RelationshipStarted", r, null);
                        events++;
                    }
                    if (r.end() != null && !r.end().isAfter(now) && r.end().isAfter(weekAgo)) {
                        bench.event("RelationshipEnded", r, r.end());
                        events++;
                    }
                }
                bench.daily();
                // Answer what went out since last week: instance ids are derived, so no listing is needed.
                List<Future<?>> work = new ArrayList<>();
                for (Rel r : relationships) {
                    work.add(pool.submit(() -> bench.answerDue(r, settings, now, random(r, now), answered)));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            }
            pool.shutdown();
            long loadSeconds = (System.nanoTime() - t0) / 1_000_000_000L;
            int totalAnswers = answered.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("program: %d participants (%d mentors, %d mentees), %d regions, %d relationship events, "
                    + "%d answers over a year; loaded in %d s%n", participants, mentors, mentees, REGIONS.size(), events, totalAnswers, loadSeconds);
            System.out.println("answers per survey: " + answered);

            meter.reset();
            measure("GET /programs/{programId}/report", bench, meter, "GET /programs/{programId}/report");
            measure("GET /programs/{programId}/report.csv", bench, meter, "GET /programs/{programId}/report.csv");
            measure("GET /programs/{programId}/responses.csv, every page (reads every non-anonymous answer)", bench, meter,
                    "GET /programs/{programId}/responses.csv");
        }
        System.exit(0);
    }

    private static Random random(Rel r, Instant now) {
        return new Random(r.id().hashCode() * 31L + now.getEpochSecond());
    }

    private static void measure(String label, Bench bench, CapacityMeter meter, String route) {
        bench.get(route, null); // warm-up
        meter.reset();
        int runs = 5;
        long[] millis = new long[runs];
        String size = "";
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long bytes = 0;
            int pages = 0;
            String cursor = null;
            do {
                JsonNode out = bench.get(route, cursor);
                bytes += out.path("body").asText("").length();
                pages++;
                cursor = out.path("headers").path("x-next-cursor").asText(null);
            } while (cursor != null);
            millis[i] = (System.nanoTime() - t) / 1_000_000;
            size = bytes / 1024 + " KiB in " + pages + (pages == 1 ? " page" : " pages");
        }
        CapacityMeter.Reading r = meter.reset();
        Arrays.sort(millis);
        System.out.printf("%s: median %d ms (min %d, max %d) over %d runs; per run %.1f read capacity units, %d read calls, %d items read; body %s%n",
                label, millis[runs / 2], millis[0], millis[runs - 1], runs, r.readUnits() / runs, r.calls() / runs, r.items() / runs, size);
    }

    private static Program program(PairwiseTable table, Clock clock) {
        Program p = new Program(PROGRAM, new ProgramSettings("Benchmark program", null, ProgramKind.EVERGREEN, null, null,
                ProgramFormat.ONE_TO_ONE, ProgramStatus.OPEN, null, null, null, 2, Set.of(), List.of("en", "es", "fr"), List.of(),
                List.of(COORDINATOR)), clock.instant(), clock.instant(), 0);
        new ProgramStore(table).create(p);
        return p;
    }

    record Rel(String id, String mentor, String mentee, Instant start, Instant end) {
    }

    /** Drives the handler with EventBridge and API Gateway events, as Lambda would. */
    static final class Bench {
        private final SurveysHandler handler;
        private final MovableClock clock;

        Bench(SurveysHandler handler, MovableClock clock) {
            this.handler = handler;
            this.clock = clock;
        }

        void event(String type, Rel r, Instant endedAt) {
            ObjectNode e = Json.MAPPER.createObjectNode();
            e.put("source", "pairwise.matching").put("detail-type", type);
            ObjectNode d = e.putObject("detail");
            d.put("relationshipId", r.id()).put("programId", PROGRAM).put("mentorId", r.mentor());
            d.putArray("menteeIds").add(r.mentee());
            d.put("startedAt", r.start().toString());
            d.put("endedAt", endedAt == null ? null : endedAt.toString());
            invoke(e);
        }

        void daily() {
            ObjectNode e = Json.MAPPER.createObjectNode();
            e.put("source", "aws.events").put("detail-type", "Scheduled Event").putObject("detail");
            invoke(e);
        }

        /** Answers, with 70% probability each, the surveys of this relationship that fell due in the last week. */
        void answerDue(Rel r, SurveySettings settings, Instant now, Random random, Map<String, Integer> answered) {
            for (SurveyDefinition s : settings.surveys()) {
                for (int occurrence = 1; occurrence <= 8; occurrence++) {
                    Instant due = due(s, r, occurrence);
                    if (due == null || due.isAfter(now) || !due.isAfter(now.minus(Duration.ofDays(7)))) {
                        continue;
                    }
                    for (String person : List.of(r.mentor(), r.mentee())) {
                        if (random.nextDouble() > ANSWER_RATE) {
                            continue;
                        }
                        String id = InstanceIds.of(PROGRAM, s.id(), r.id(), person, occurrence);
                        JsonNode out = post(person, id, answers(s.template(), random));
                        if (out.path("statusCode").asInt() == 201) {
                            synchronized (answered) {
                                answered.merge(s.id(), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }

        private static Instant due(SurveyDefinition s, Rel r, int occurrence) {
            if (s.trigger().on() == TriggerEvent.RELATIONSHIP_STARTED) {
                Instant at = s.trigger().dueAt(r.start(), occurrence);
                boolean once = !s.trigger().repeats() && occurrence > 1;
                return once || (r.end() != null && at.isAfter(r.end())) ? null : at;
            }
            return r.end() == null || occurrence > 1 ? null : r.end().plus(Duration.ofDays(s.trigger().afterDays()));
        }

        private static Map<String, Object> answers(String template, Random random) {
            int score = 1 + random.nextInt(5);
            return switch (template) {
                case "check-in" -> Map.of("q1", score, "q2", List.of("yes", "yes", "partly", "no").get(random.nextInt(4)));
                case "quality" -> Map.of("q1", score, "q2", "monthly", "q3", score > 2 ? "yes" : "partly", "q4", List.of("feedback"));
                case "end" -> Map.of("q1", score, "q2", "partly", "q5", "More structure in the first month.");
                case "nps" -> Map.of("q1", random.nextInt(11));
                case "skills-before" -> Map.of("q1", Map.of("negotiation", 1 + random.nextInt(3), "public speaking", 1 + random.nextInt(3)));
                case "skills-after" -> Map.of("q1", Map.of("negotiation", 2 + random.nextInt(4), "public speaking", 2 + random.nextInt(4)));
                default -> Map.of("q1", "It changed how I lead my team.", "q2", "yes_anonymously");
            };
        }

        JsonNode post(String user, String instanceId, Map<String, Object> answers) {
            ObjectNode e = request("POST /surveys/{instanceId}/responses", "/surveys/" + instanceId + "/responses", user);
            e.putObject("pathParameters").put("instanceId", instanceId);
            e.put("body", Json.MAPPER.valueToTree(Map.of("answers", answers)).toString());
            return invoke(e);
        }

        JsonNode get(String routeKey, String cursor) {
            ObjectNode e = request(routeKey, routeKey.substring(4).replace("{programId}", PROGRAM), COORDINATOR);
            e.putObject("pathParameters").put("programId", PROGRAM);
            if (cursor != null) {
                e.putObject("queryStringParameters").put("cursor", cursor);
            }
            return invoke(e);
        }

        private static ObjectNode request(String routeKey, String path, String user) {
            ObjectNode e = Json.MAPPER.createObjectNode();
            e.put("version", "2.0").put("routeKey", routeKey).put("rawPath", path);
            e.putObject("headers").put("content-type", "application/json");
            ObjectNode ctx = e.putObject("requestContext");
            ctx.put("requestId", "bench");
            ctx.putObject("http").put("method", routeKey.substring(0, routeKey.indexOf(' '))).put("path", path);
            ctx.putObject("authorizer").putObject("jwt").putObject("claims").put("sub", user);
            return e;
        }

        private JsonNode invoke(ObjectNode event) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
                return Json.MAPPER.readTree(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The benchmark moves time through the year by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
