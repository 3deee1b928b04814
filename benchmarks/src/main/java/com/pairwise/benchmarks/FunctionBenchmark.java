package com.pairwise.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.benchmarks.lambda.LambdaLauncher;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import com.pairwise.signup.SignupHandler;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per deployed function: deployment jar size, local cold start (a new JVM running only the function's jar, from
 * launch to the first handled event) and warm time per event, against DynamoDB Local started here. Prints figures;
 * asserts nothing. Lambda-like JVM flags (the stack's JAVA_TOOL_OPTIONS); no AppCDS, which Lambda does not offer.
 *
 * <p>Arguments (all optional): coldRuns (default 5), warmEvents per event type (default 200).
 * System properties: {@code bench.java} picks another java executable for the function JVMs, {@code bench.jvmArgs}
 * adds flags to them (e.g. {@code -Xlog:class+load:file=/tmp/classes.txt} to see what a cold start loads).
 */
public final class FunctionBenchmark {
    /** The flags JavaFunction sets on Lambda. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
    static final String TABLE = "pairwise-bench";

    /** One function to measure: its jar, handler and how to prepare its events. */
    record Subject(String name, Path jar, String handler, Path events) {
    }

    private FunctionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmEvents = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path root = Path.of("").toAbsolutePath();
        Subject signup = new Subject("signup", root.resolve("functions/signup/target/pairwise-signup.jar"),
                SignupHandler.class.getName(), root.resolve("events/signup"));
        String java = System.getProperty("bench.java", ProcessHandle.current().info().command().orElse("java"));
        System.out.println("java for function JVMs: " + java + " " + String.join(" ", LAMBDA_JVM_FLAGS));

        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.inMemory()) {
            TableDefinition.createIfMissing(dynamo.client(), TABLE);
            String programId = seedProgram(dynamo);
            measure(signup, java, dynamo, programId, coldRuns, warmEvents);
        }
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

    private static void measure(Subject subject, String java, EmbeddedDynamoDb dynamo, String programId,
                                int coldRuns, int warmEvents) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %s%njar: %s (%.2f MB)%n", subject.name(), subject.jar(),
                Files.size(subject.jar()) / (1024.0 * 1024.0));
        describeJar(subject.jar());
        List<Long> coldMillis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        for (int run = 0; run < coldRuns; run++) {
            // a different person per run and per invocation: every sign-up is a real write, never a 409
            Path register = event(subject, "register-mentee.json", programId, "bench-r" + run + "-{{n}}");
            Path readBack = event(subject, "get-my-registration.json", programId, "bench-r" + run + "-{{n}}");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(LAMBDA_JVM_FLAGS);
            String extra = System.getProperty("bench.jvmArgs", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of("-cp", subject.jar() + File.pathSeparator + launcherClasses(),
                    LambdaLauncher.class.getName()));
            int launchArg = command.size();
            command.addAll(List.of("launch-time", subject.handler(),
                    Integer.toString(run == coldRuns - 1 ? warmEvents : 0), register.toString()));
            if (run == coldRuns - 1 && warmEvents > 0) {
                command.add(register.toString());
                command.add(readBack.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.remove("AWS_CONTAINER_CREDENTIALS_FULL_URI");
            env.remove("JAVA_TOOL_OPTIONS"); // the flags are on the command line; the banner would add noise
            env.put("TABLE_NAME", TABLE);
            env.put("DYNAMODB_ENDPOINT", dynamo.endpoint().toString());
            env.put("AWS_REGION", "us-east-1");
            env.put("AWS_ACCESS_KEY_ID", EmbeddedDynamoDb.ACCESS_KEY_ID);
            env.put("AWS_SECRET_ACCESS_KEY", EmbeddedDynamoDb.SECRET_ACCESS_KEY);
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
                System.out.println("function JVM failed (exit " + exit + "):");
                other.forEach(System.out::println);
                return;
            }
            for (String line : bench) {
                System.out.println("run " + (run + 1) + ": " + line.substring("BENCH ".length()));
                if (line.startsWith("BENCH cold")) {
                    coldMillis.add(Long.parseLong(line.replaceAll(".*launchToFirstResponseMs=(\\d+).*", "$1")));
                    cpuMillis.add(Long.parseLong(line.replaceAll(".*cpuMs=(-?\\d+).*", "$1")));
                }
            }
        }
        summary(subject.name() + " cold start, launch to first response (ms)", coldMillis);
        summary(subject.name() + " cold start, CPU time of the JVM until then (ms)", cpuMillis);
    }

    private static void summary(String what, List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%s: min %d, median %d, max %d over %d JVMs%n",
                what, sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }

    /** Class count and whether HTTP clients the functions must not carry (Apache, Netty) slipped into the jar. */
    private static void describeJar(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            long classes = zip.stream().filter(e -> e.getName().endsWith(".class")).count();
            List<String> heavy = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("software/amazon/awssdk/http/apache") || n.startsWith("io/netty")
                            || n.startsWith("org/apache/http") || n.startsWith("software/amazon/awssdk/http/nio"))
                    .toList();
            System.out.printf(Locale.ROOT, "classes: %d; Apache/Netty HTTP client classes: %s%n", classes,
                    heavy.isEmpty() ? "none" : heavy.size() + " (" + heavy.get(0) + ", ...)");
        }
    }

    /** A sample event with its program placeholder filled in and its caller replaced. */
    private static Path event(Subject subject, String file, String programId, String sub) throws IOException {
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(Files.readString(subject.events().resolve(file)));
        ((ObjectNode) event.at("/requestContext/authorizer/jwt/claims")).put("sub", sub).put("email", "bench@example.com");
        Path out = Files.createTempFile("bench-" + subject.name() + "-", "-" + file);
        out.toFile().deleteOnExit();
        Files.writeString(out, event.toString().replace("PROGRAM_ID", programId));
        return out;
    }

    /** Where LambdaLauncher's class file is (this module's classes), to put beside the function jar. */
    private static String launcherClasses() throws Exception {
        return Path.of(LambdaLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
