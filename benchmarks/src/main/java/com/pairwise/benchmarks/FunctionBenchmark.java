package com.pairwise.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.benchmarks.lambda.DynamoDbLocalRoundTrips;
import com.pairwise.benchmarks.lambda.LambdaLauncher;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.signup.SignupHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Per deployed function: deployment jar size, local cold start (a new JVM running only the function's jar, from
 * launch to the first handled event) and warm time per event, against DynamoDB Local started here. Prints figures;
 * asserts nothing. Lambda-like JVM flags (the stack's JAVA_TOOL_OPTIONS); no AppCDS, which Lambda does not offer.
 *
 * <p>Arguments (all optional): coldRuns (default 5), warmEvents per event type (default 200), then the names of the
 * functions to measure (default all). The cold starts go round by round, each function once per round, so a slow
 * spell of the machine spreads over the functions. The last JVM of a function, after its cold event, runs each warm
 * event type in batches of warmEvents until two batches in a row each have a p50 within 5% of the batch before
 * (at least four batches, at most ten): the warm figures are that last batch, the steady state once the JIT has compiled the path; every
 * batch's p50 is printed beside them, the first being the first warmEvents after the cold start.
 * System properties: {@code bench.java} picks another java executable for the function JVMs, {@code bench.jvmArgs}
 * adds flags to them (e.g. {@code -Xlog:class+load:file=/tmp/classes.txt} to see what a cold start loads),
 * {@code bench.jars} reads the jars from another folder (e.g. a copy of an earlier build, to compare),
 * {@code bench.containerCredentials=true} hands out credentials as Lambda does with SnapStart (an endpoint named by
 * AWS_CONTAINER_CREDENTIALS_FULL_URI instead of access key variables).
 * The AWS services other than DynamoDB (EventBridge, SES, SQS, Secrets Manager) are answered by a stub on localhost
 * whose one reply satisfies them all, so a function JVM pays their client construction and a local round trip.
 */
public final class FunctionBenchmark {
    /** The flags JavaFunction sets on Lambda. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
    static final String TABLE = "pairwise-bench";
    /** A coordinator of the seeded program (create-program.json's {@code coordinators}). */
    static final String COORDINATOR = "demo-coordinator";
    /**
     * What the stub answers every AWS call with: EventBridge PutEvents, SES SendEmail, SQS SendMessage and
     * Secrets Manager GetSecretValue each find their fields here and ignore the others.
     */
    private static final String STUB_REPLY = "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"bench\"}],"
            + "\"MessageId\":\"bench\",\"SecretString\":\"bench-unsubscribe-key-0123456789abcdef\","
            // what the container credentials endpoint answers (SnapStart's way of handing out credentials)
            + "\"AccessKeyId\":\"" + EmbeddedDynamoDb.ACCESS_KEY_ID + "\",\"SecretAccessKey\":\""
            + EmbeddedDynamoDb.SECRET_ACCESS_KEY + "\",\"Token\":\"bench\",\"Expiration\":\"2099-01-01T00:00:00Z\"}";

    /**
     * One event a function is measured on: a sample file, the caller to put in its claims ({@code {{n}}}, the
     * invocation number, makes each call a different person; {@code {{k}}} cycles through the first batch's people,
     * whom a read finds; null keeps the file's), and what it stands for.
     */
    record Event(String file, String sub, String what, UnaryOperator<ObjectNode> adjust) {
        Event(String file, String sub, String what) {
            this(file, sub, what, UnaryOperator.identity());
        }
    }

    /** The same HTTP request as a GET without a body (a read where the samples only hold the write). */
    static ObjectNode asGet(ObjectNode event) {
        String routeKey = event.get("routeKey").asText();
        event.put("routeKey", "GET" + routeKey.substring(routeKey.indexOf(' ')));
        ((ObjectNode) event.at("/requestContext/http")).put("method", "GET");
        event.remove("body");
        event.remove("isBase64Encoded");
        return event;
    }

    /** One function to measure: its handler, the event of its cold start and the events timed warm. */
    record Subject(String name, String handler, Event cold, List<Event> warm) {
        Path jar(Path jarDir) {
            return jarDir.equals(Path.of("")) ? Path.of("functions", name, "target", "pairwise-" + name + ".jar")
                    : jarDir.resolve("pairwise-" + name + ".jar");
        }
    }

    /** Per function a read and a write over HTTP, and the EventBridge event where that is the main path. */
    static final List<Subject> SUBJECTS = List.of(
            new Subject("signup", SignupHandler.class.getName(),
                    new Event("register-mentee.json", "bench-cold-{{r}}", "sign-up"),
                    List.of(new Event("register-mentee.json", "bench-{{r}}-{{n}}", "write: sign-up (transaction)"),
                            new Event("get-my-registration.json", "bench-{{r}}-{{k}}", "read: own registration"))),
            new Subject("matching", "com.pairwise.matching.MatchingHandler",
                    new Event("get-my-relationships.json", null, "read"),
                    List.of(new Event("get-my-relationships.json", null, "read: own relationships"),
                            new Event("start-matching-run.json", COORDINATOR, "write: start a bulk matching run (commits its event)"),
                            new Event("outbox-stream.json", null, "stream: relay a new outbox entry (PutEvents, DeleteItem)"))),
            new Subject("agenda", "com.pairwise.agenda.AgendaHandler",
                    new Event("relationship-started.json", null, "EventBridge"),
                    List.of(new Event("relationship-started.json", null, "EventBridge: RelationshipStarted (kick-off)"),
                            new Event("put-agenda-template.json", COORDINATOR, "write: program agenda template"),
                            new Event("put-agenda-template.json", COORDINATOR, "read: program agenda template",
                                    FunctionBenchmark::asGet))),
            new Subject("reminders", "com.pairwise.reminders.ReminderHandler",
                    new Event("scheduled-run.json", null, "schedule"),
                    List.of(new Event("scheduled-run.json", null, "EventBridge: scheduled run"),
                            new Event("patch-preferences.json", "bench-{{r}}-{{n}}", "write: own preferences"),
                            new Event("get-preferences.json", "bench-{{r}}-{{n}}", "read: own preferences"))),
            new Subject("surveys", "com.pairwise.surveys.SurveysHandler",
                    new Event("get-my-surveys.json", null, "read"),
                    List.of(new Event("get-my-surveys.json", null, "read: own open surveys"),
                            new Event("put-program-surveys.json", COORDINATOR, "write: program surveys"),
                            new Event("daily-schedule.json", null, "EventBridge: daily schedule"))));

    private FunctionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmEvents = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> only = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Path jarDir = Path.of(System.getProperty("bench.jars", ""));
        String java = System.getProperty("bench.java", ProcessHandle.current().info().command().orElse("java"));
        System.out.println("java for function JVMs: " + java + " " + String.join(" ", LAMBDA_JVM_FLAGS));

        HttpServer stub = awsStub();
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.inMemory()) {
            TableDefinition.createIfMissing(dynamo.client(), TABLE);
            String programId = seedProgram(dynamo);
            warmUp(new DynamoDbLocalRoundTrips(dynamo.client(), TABLE), Integer.getInteger("bench.dynamoWarmUp", 1000));
            List<Measurement> measurements = new ArrayList<>();
            List<String> table = new ArrayList<>();
            try {
                for (Subject subject : SUBJECTS) {
                    if (only.isEmpty() || only.contains(subject.name())) {
                        measurements.add(Measurement.prepare(subject, subject.jar(jarDir)));
                    }
                }
                // Round by round, every function once per round: this machine's speed drifts by tens of percent over
                // minutes, and a slow spell should cost each function a run or two, not one function all of its runs.
                for (int run = 0; run < coldRuns; run++) {
                    for (Measurement m : measurements) {
                        if (!m.failed) {
                            launch(m, run, run == coldRuns - 1 ? warmEvents : 0, java, dynamo, stub, programId);
                        }
                    }
                }
                for (Measurement m : measurements) {
                    table.add(m.row());
                }
            } finally {
                for (Measurement m : measurements) {
                    m.removeUnpacked();
                }
            }
            System.out.printf("%n| function | jar MB | cold median ms (min-max) | cold CPU ms | classes | warm p50 / p95 ms per event |%n"
                    + "| --- | --- | --- | --- | --- | --- |%n");
            table.forEach(System.out::println);
        } finally {
            stub.stop(0);
        }
    }

    /**
     * DynamoDB Local starts as any JVM does, interpreting its request path: its first transactions take 40-130 ms
     * instead of 5-10. Without this, the first function measured would count that in its cold start (and in its
     * warm figures), the later ones far less; a deployed function meets a DynamoDB that is long warm.
     */
    private static void warmUp(DynamoDbLocalRoundTrips dynamo, int rounds) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            dynamo.getItem();
            dynamo.query();
            dynamo.indexQuery();
            dynamo.transactWrite4();
            dynamo.putUpdateDelete();
        }
        System.out.printf(Locale.ROOT, "DynamoDB Local warmed up first (-Dbench.dynamoWarmUp=%d): as many GetItem, Query,"
                + " index Query, TransactWriteItems and Put/Update/DeleteItem rounds in %.1f s%n", rounds, (System.nanoTime() - start) / 1e9);
        awaitQuietCompiler();
    }

    /** This JVM's JIT keeps compiling after the warm-up; the first function's cold starts would share the cores with it. */
    private static void awaitQuietCompiler() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long last = -1;
        for (int i = 0; i < 40 && jit.getTotalCompilationTime() != last; i++) {
            last = jit.getTotalCompilationTime();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Answers any AWS JSON call with {@link #STUB_REPLY}. With Nagle's algorithm on, the JDK server's reply body
     * waits for the client to acknowledge the headers, which Linux delays by 40 ms: every PutEvents would take 40 ms
     * longer than any real service answers, so the stub sends without delay (read once, when the server starts).
     */
    private static HttpServer awsStub() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] reply = STUB_REPLY.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(reply);
            }
        });
        server.start();
        return server;
    }

    /** An open program with no cap, created through the handler, so sign-ups are registered, not waitlisted. */
    private static String seedProgram(EmbeddedDynamoDb dynamo) throws IOException {
        SignupHandler seeder = new SignupHandler(new PairwiseTable(dynamo.client(), TABLE), Clock.systemUTC(),
                new PrintStream(OutputStream.nullOutputStream()));
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("events/signup/create-program.json")));
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(event.get("body").asText());
        body.remove("menteeCap");
        body.put("endDate", "2099-12-31");
        event.put("body", body.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        seeder.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
        JsonNode response = Json.MAPPER.readTree(out.toByteArray());
        if (response.get("statusCode").asInt() != 201) {
            throw new IllegalStateException("could not seed a program: " + response);
        }
        return Json.MAPPER.readTree(response.get("body").asText()).get("id").asText();
    }

    /** One function's figures as the rounds add them. */
    private static final class Measurement {
        final Subject subject;
        final Path jar;
        final double jarMb;
        final Path classPath;
        final List<Long> coldMillis = new ArrayList<>();
        final List<Long> cpuMillis = new ArrayList<>();
        final List<String> warm = new ArrayList<>();
        int classes;
        boolean failed;

        private Measurement(Subject subject, Path jar, double jarMb, Path classPath, int classes) {
            this.subject = subject;
            this.jar = jar;
            this.jarMb = jarMb;
            this.classPath = classPath;
            this.classes = classes;
        }

        static Measurement prepare(Subject subject, Path jar) throws IOException {
            double jarMb = Files.size(jar) / (1024.0 * 1024.0);
            System.out.printf(Locale.ROOT, "%n== %s%njar: %s (%.2f MB)%n", subject.name(), jar, jarMb);
            int classes = describeJar(jar);
            // Lambda unpacks the deployment package into /var/task and loads classes from there, not from the jar
            Path classPath = Boolean.parseBoolean(System.getProperty("bench.unpacked", "true")) ? unpacked(jar) : jar;
            return new Measurement(subject, jar, jarMb, classPath, classes);
        }

        void removeUnpacked() throws IOException {
            if (!classPath.equals(jar)) {
                deleteFolder(classPath);
            }
        }

        /** The function's row of the summary table. */
        String row() {
            if (failed || coldMillis.isEmpty()) {
                return "| " + subject.name() + " | failed |";
            }
            summary(subject.name() + " cold start, launch to first response (ms)", coldMillis);
            summary(subject.name() + " cold start, CPU time of the JVM until then (ms)", cpuMillis);
            List<Long> cold = coldMillis.stream().sorted().toList();
            List<Long> cpu = cpuMillis.stream().sorted().toList();
            return String.format(Locale.ROOT, "| %s | %.1f | %d (%d-%d) | %d | %d | %s |", subject.name(), jarMb,
                    cold.get(cold.size() / 2), cold.get(0), cold.get(cold.size() - 1), cpu.get(cpu.size() / 2), classes,
                    String.join("; ", warm));
        }
    }

    /** One cold start of the function in a fresh JVM, then, when {@code warmEvents} > 0, its warm events. */
    private static void launch(Measurement m, int run, int warmEvents, String java, EmbeddedDynamoDb dynamo, HttpServer stub,
                               String programId) throws Exception {
        Subject subject = m.subject;
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(LAMBDA_JVM_FLAGS);
        String extra = System.getProperty("bench.jvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", m.classPath + File.pathSeparator + launcherClasses(), LambdaLauncher.class.getName()));
        int launchArg = command.size();
        command.addAll(List.of("launch-time", subject.handler(), Integer.toString(warmEvents),
                event(subject, subject.cold(), programId, run).toString()));
        if (warmEvents > 0) {
            for (Event e : subject.warm()) {
                command.add(event(subject, e, programId, run).toString());
            }
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        env.remove("JAVA_TOOL_OPTIONS"); // the flags are on the command line; the banner would add noise
        env.put("TABLE_NAME", TABLE);
        env.put("DYNAMODB_ENDPOINT", dynamo.endpoint().toString());
        env.put("AWS_REGION", "us-east-1");
        String stubUrl = "http://127.0.0.1:" + stub.getAddress().getPort();
        if (Boolean.getBoolean("bench.containerCredentials")) {
            // as Lambda with SnapStart: no access key variables, a credentials endpoint instead
            env.remove("AWS_ACCESS_KEY_ID");
            env.remove("AWS_SECRET_ACCESS_KEY");
            env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", stubUrl + "/credentials");
        } else {
            env.put("AWS_ACCESS_KEY_ID", EmbeddedDynamoDb.ACCESS_KEY_ID);
            env.put("AWS_SECRET_ACCESS_KEY", EmbeddedDynamoDb.SECRET_ACCESS_KEY);
        }
        env.put("EVENT_BUS_NAME", "pairwise-bench");
        env.put("OUTBOX_DELIVERY", "stream"); // as the stack sets it: requests commit events, matching relays them
        env.put("EVENTBRIDGE_ENDPOINT", stubUrl);
        env.put("AWS_ENDPOINT_URL", stubUrl); // SES, SQS and Secrets Manager, built without an override
        env.put("SES_FROM_ADDRESS", "bench@example.com");
        env.put("DEAD_LETTER_QUEUE_URL", stubUrl + "/000000000000/bench-dead-letters");
        env.put("UNSUBSCRIBE_KEY_SECRET", "bench-unsubscribe-key");
        env.put("PUBLIC_BASE_URL", "https://bench.example.com");
        command.set(launchArg, Long.toString(System.currentTimeMillis()));
        pb.command(command);
        Process process = pb.start();
        List<String> bench = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                (line.startsWith("BENCH ") ? bench : other).add(line);
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || bench.isEmpty()) {
            System.out.println(subject.name() + ": function JVM failed (exit " + exit + "):");
            other.forEach(System.out::println);
            m.failed = true;
            return;
        }
        for (String line : bench) {
            System.out.println(subject.name() + " run " + (run + 1) + ": " + line.substring("BENCH ".length()));
            if (line.startsWith("BENCH cold")) {
                m.coldMillis.add(Long.parseLong(line.replaceAll(".*launchToFirstResponseMs=(\\d+).*", "$1")));
                m.cpuMillis.add(Long.parseLong(line.replaceAll(".*cpuMs=(-?\\d+).*", "$1")));
                if (run == 0) {
                    m.classes = Integer.parseInt(line.replaceAll(".*classesLoaded=(\\d+).*", "$1"));
                }
            } else if (line.startsWith("BENCH warm event=")) {
                String non2xx = line.replaceAll(".*non2xx=(\\d+).*", "$1");
                m.warm.add(subject.warm().get(m.warm.size()).what() + " "
                        + line.replaceAll(".*earlyP50Ms=(\\S+) .* p50Ms=(\\S+) p95Ms=(\\S+) .*cpuP50Ms=(\\S+) .*served=(\\d+) batchP50s=(\\S+).*",
                                "$2 / $3 (CPU $4; steady after $5 events, p50 per batch of " + warmEvents + ": $6)")
                        + (line.contains("settled=false") ? " (NOT SETTLED: the last of the batches)" : "")
                        + (non2xx.equals("0") ? "" : " (" + non2xx + " non-2xx)"));
            } else if (line.startsWith("BENCH warm baseline")) {
                String what = line.contains("TransactWrite4") ? "DynamoDB Local TransactWriteItems (4 items) "
                        : line.contains("IndexQuery") ? "DynamoDB Local index Query " : "DynamoDB Local GetItem ";
                m.warm.add(what + line.replaceAll(".*p50Ms=(\\S+) p95Ms=(\\S+).*", "$1 / $2"));
            }
        }
    }

    private static void summary(String what, List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%s: min %d, median %d, max %d over %d JVMs%n",
                what, sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }

    /** Class count and whether HTTP clients the functions must not carry (Apache, Netty) slipped into the jar. */
    private static int describeJar(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            long classes = zip.stream().filter(e -> e.getName().endsWith(".class")).count();
            List<String> heavy = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("software/amazon/awssdk/http/apache") || n.startsWith("io/netty")
                            || n.startsWith("org/apache/http") || n.startsWith("software/amazon/awssdk/http/nio"))
                    .toList();
            System.out.printf(Locale.ROOT, "classes: %d; Apache/Netty HTTP client classes: %s%n", classes,
                    heavy.isEmpty() ? "none" : heavy.size() + " (" + heavy.get(0) + ", ...)");
            return (int) classes;
        }
    }

    /**
     * A sample event with its placeholders filled in ({@code {{n}}} is left for the launcher: the invocation number)
     * and its caller replaced; other ids get a per-invocation value, so every write is a new item.
     */
    private static Path event(Subject subject, Event e, String programId, int run) throws IOException {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("events", subject.name(), e.file())));
        event = e.adjust().apply(event);
        if (e.sub() != null) {
            ((ObjectNode) event.at("/requestContext/authorizer/jwt/claims")).put("sub", e.sub().replace("{{r}}", "r" + run))
                    .put("email", "bench@example.com");
        }
        String text = event.toString().replace("PROGRAM_ID", programId)
                .replace("RELATIONSHIP_ID", "rel_bench" + run + "x{{n}}")
                .replace("EVENT_ID", "evt_bench" + run + "x{{n}}").replace("RUN_ID", "run_bench" + run + "x{{n}}");
        Path out = Files.createTempFile("bench-" + subject.name() + "-" + run + "-", "-" + e.file());
        out.toFile().deleteOnExit();
        Files.writeString(out, text);
        return out;
    }

    /** The jar's entries in a fresh folder, as Lambda lays out a deployment package in /var/task. */
    private static Path unpacked(Path jar) throws IOException {
        Path dir = Files.createTempDirectory("bench-task-");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        System.out.println("unpacked into " + dir + " (the class path, as /var/task on Lambda)");
        return dir;
    }

    private static void deleteFolder(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Where LambdaLauncher's class file is (this module's classes), to put beside the function jar. */
    private static String launcherClasses() throws Exception {
        return Path.of(LambdaLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
