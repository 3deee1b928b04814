package com.pairwise.benchmarks.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.pairwise.shared.store.AwsClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the Lambda runtime in a fresh JVM whose class path is a function's deployment jar plus this class: builds
 * the handler with its no-argument constructor, as Lambda does, hands it the first event, then the warm events.
 * Prints {@code BENCH} lines for {@link com.pairwise.benchmarks.FunctionBenchmark}; everything else on stdout is the function's own log.
 *
 * <p>Arguments: launchEpochMillis handlerClass warmCount coldEvent [warmEvent...]; {@code {{n}}} in an event is
 * replaced by the invocation number (0 for the cold one), so each warm sign-up is a different person; {@code {{k}}}
 * cycles through 1..warmCount, the people every earlier event type has surely written (each runs at least three
 * batches), so a read always finds what it reads, however many batches it needs to settle.
 */
public final class LambdaLauncher {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");
    /** Batches of warm events after the first, at most: the steady state is the last. */
    private static final int MAX_BATCHES = 10;
    /** A batch whose p50 moved less than this share from the one before is the steady state. */
    private static final double SETTLED = 0.05;

    private LambdaLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long mainEntered = System.currentTimeMillis();
        long launched = Long.parseLong(args[0]);
        String handlerClass = args[1];
        int warmCount = Integer.parseInt(args[2]);

        long initStart = System.nanoTime();
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(handlerClass).getDeclaredConstructor().newInstance();
        long initNanos = System.nanoTime() - initStart;

        String cold = Files.readString(Path.of(args[3]));
        long firstStart = System.nanoTime();
        int coldStatus = invoke(handler, cold, 0, 1);
        long firstNanos = System.nanoTime() - firstStart;
        long firstDone = System.currentTimeMillis();
        // CPU time of all the JVM's threads so far: unlike wall time, barely moved by other processes on the machine
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        // classes loaded by the cold start: a figure other processes cannot disturb (read after the timings)
        int classes = java.lang.management.ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.printf("BENCH cold launchToMainMs=%d initMs=%.1f firstEventMs=%.1f launchToFirstResponseMs=%d cpuMs=%d"
                        + " classesLoaded=%d status=%d%n", mainEntered - launched, initNanos / 1e6, firstNanos / 1e6,
                firstDone - launched, cpuMillis, classes, coldStatus);

        for (int e = 4; e < args.length; e++) {
            String event = Files.readString(Path.of(args[e]));
            // The first batch right after the cold start runs partly interpreted. Later batches follow until the p50
            // of two in a row is within SETTLED of the batch before each: the steady state of an environment that
            // has served a while.
            // (How long that takes differs by event: the reminder run's eight queries per event settle after
            // several hundred runs, a single read after two hundred.)
            Batch early = batch(handler, event, 1, warmCount);
            StringBuilder trail = new StringBuilder(String.format(Locale.ROOT, "%.2f", early.p50()));
            Batch steady = early;
            int served = warmCount;
            int failed = early.failed();
            boolean settled = false;
            int flat = 0; // batches in a row whose p50 moved less than SETTLED from the one before
            for (int b = 1; b < MAX_BATCHES && !settled; b++) {
                Batch previous = steady;
                steady = batch(handler, event, served + 1, warmCount);
                served += warmCount;
                failed += steady.failed();
                trail.append('/').append(String.format(Locale.ROOT, "%.2f", steady.p50()));
                flat = b > 1 && Math.abs(steady.p50() - previous.p50()) <= SETTLED * previous.p50() ? flat + 1 : 0;
                settled = flat == 2; // flat over three batches: one pause of the JIT between two batches is not the end
            }
            // cpuP50Ms: CPU of the invoking thread (handler, JSON, SDK marshalling and signing, HTTP client), i.e. the
            // function's own share, which neither DynamoDB Local nor the neighbours on the machine inflate
            System.out.printf("BENCH warm event=%s n=%d earlyP50Ms=%.2f meanMs=%.2f p50Ms=%.2f p95Ms=%.2f maxMs=%.2f"
                            + " cpuP50Ms=%.2f non2xx=%d served=%d batchP50s=%s settled=%b%n", Path.of(args[e]).getFileName(), warmCount,
                    early.p50(), steady.mean(), steady.p50(), steady.p95(), steady.max(), steady.cpuP50(), failed,
                    served, trail, settled);
        }
        if (warmCount > 0) {
            baseline(warmCount);
        }
        System.out.flush();
    }

    /**
     * DynamoDB Local's own share of the warm figures, through a client built as the functions build theirs: one
     * GetItem round trip, one TransactWriteItems of four items (a sign-up is a read and a transaction of four or five
     * items) and one index Query (the reminder run makes one per shard of its due index).
     */
    private static void baseline(int count) {
        DynamoDbLocalRoundTrips dynamo = new DynamoDbLocalRoundTrips(AwsClients.dynamoDb(), AwsClients.tableName());
        report("DynamoDB-Local-GetItem", count, dynamo::getItem);
        report("DynamoDB-Local-TransactWrite4", count, dynamo::transactWrite4);
        report("DynamoDB-Local-IndexQuery", count, dynamo::indexQuery);
    }

    private static void report(String name, int count, Runnable roundTrip) {
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            roundTrip.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("BENCH warm baseline=%s n=%d p50Ms=%.2f p95Ms=%.2f%n", name, count, ms[count / 2], ms[(int) (count * 0.95)]);
    }

    /** Wall and CPU times of one batch of the same event, in milliseconds, and how many were answered 4xx/5xx. */
    private record Batch(double[] ms, double[] cpu, int failed) {
        double p50() {
            return ms[ms.length / 2];
        }

        double p95() {
            return ms[(int) (ms.length * 0.95)];
        }

        double max() {
            return ms[ms.length - 1];
        }

        double mean() {
            return Arrays.stream(ms).average().orElse(0);
        }

        double cpuP50() {
            return cpu[cpu.length / 2];
        }
    }

    /** Runs {@code count} invocations numbered from {@code first}; each {{n}} in the event becomes its number. */
    private static Batch batch(RequestStreamHandler handler, String event, int first, int count) throws Exception {
        double[] ms = new double[count];
        double[] cpu = new double[count];
        int failed = 0;
        for (int i = 0; i < count; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            int status = invoke(handler, event, first + i, count);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            if (status >= 400) {
                failed++;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Batch(ms, cpu, failed);
    }

    private static int invoke(RequestStreamHandler handler, String event, int n, int cycle) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String k = Integer.toString(n == 0 ? 0 : (n - 1) % cycle + 1);
        handler.handleRequest(new ByteArrayInputStream(event.replace("{{n}}", Integer.toString(n)).replace("{{k}}", k)
                .getBytes(StandardCharsets.UTF_8)), out, null);
        Matcher m = STATUS.matcher(out.toString(StandardCharsets.UTF_8));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
