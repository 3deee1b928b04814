package com.pairwise.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.pairwise.dynamodblocal.EmbeddedDynamoDb;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.store.PairwiseTable;
import com.pairwise.shared.store.TableDefinition;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole system on one machine: DynamoDB Local, the table, every function's handler, the local event bus and the
 * local HTTP API on {@code 127.0.0.1}. {@link #close()} stops all of it (persistent data is flushed to disk).
 */
public final class LocalServer implements AutoCloseable {
    public static final String TABLE_NAME = "pairwise";
    public static final int HTTP_THREADS = 32;

    /**
     * @param port     0 for any free port
     * @param dataDir  holds the signing key and, unless {@code inMemory}, the DynamoDB Local database
     */
    public record Options(int port, Path dataDir, boolean inMemory) {
    }

    private final List<AutoCloseable> started = new ArrayList<>();
    private final EmbeddedDynamoDb dynamo;
    private final PairwiseTable table;
    private final LocalEventBus events;
    private final LocalJwt jwt;
    private final RouteTable routes;
    private final HttpServer http;
    private final URI url;
    private final Path keyFile;

    private LocalServer(Options options, List<LocalFunction> functions, Clock clock, PrintStream out) {
        try {
            Path dataDir = options.dataDir().toAbsolutePath().normalize();
            keyFile = dataDir.resolve(LocalJwt.KEY_FILE);
            jwt = LocalJwt.loadOrCreate(dataDir, clock);

            dynamo = options.inMemory() ? EmbeddedDynamoDb.inMemory() : EmbeddedDynamoDb.persistent(dataDir.resolve("dynamodb"));
            started.add(dynamo);
            TableDefinition.createIfMissing(dynamo.client(), TABLE_NAME);
            table = new PairwiseTable(dynamo.client(), TABLE_NAME);

            events = new LocalEventBus(clock, out);
            started.add(events);
            LocalEnvironment env = new LocalEnvironment(table, clock, events, dataDir);

            RouteTable.Builder routeBuilder = RouteTable.builder();
            Map<String, RequestStreamHandler> handlers = new LinkedHashMap<>();
            List<String> summary = new ArrayList<>();
            for (LocalFunction function : functions) {
                if (handlers.containsKey(function.name())) {
                    throw new IllegalArgumentException("two functions are named " + function.name());
                }
                RequestStreamHandler handler = function.factory().apply(env);
                handlers.put(function.name(), handler);
                List<String> parts = new ArrayList<>();
                if (handler instanceof HttpFunction httpFunction) {
                    for (String key : function.publicRoutes()) {
                        if (!httpFunction.routeKeys().contains(key)) {
                            throw new IllegalArgumentException(function.name() + " lists public route " + key + " it does not serve");
                        }
                    }
                    routeBuilder.addAll(httpFunction.routeKeys(), function.name(), function.publicRoutes());
                    parts.add(httpFunction.routeKeys().size() + " routes");
                }
                function.eventRules().forEach((rule, pattern) ->
                        events.subscribe(rule, pattern, LocalEventBus.EventTarget.lambda(function.name(), handler, out)));
                function.schedules().forEach((rule, rate) ->
                        events.schedule(rule, rate, LocalEventBus.EventTarget.lambda(function.name(), handler, out)));
                if (!function.eventRules().isEmpty()) {
                    parts.add("events " + function.eventRules().values());
                }
                if (!function.schedules().isEmpty()) {
                    parts.add("every " + function.schedules().values());
                }
                summary.add(String.format("  %-15s %s", "function " + function.name(), String.join(", ", parts)));
            }
            routes = routeBuilder.build();

            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
            http.createContext("/", new LocalGateway(routes, handlers, jwt, clock, out));
            ExecutorService executor = httpExecutor();
            http.setExecutor(executor);
            http.start();
            started.add(() -> {
                http.stop(0);
                executor.shutdownNow();
                executor.awaitTermination(5, TimeUnit.SECONDS);
            });
            url = URI.create("http://127.0.0.1:" + http.getAddress().getPort());

            out.println("Pairwise local runner");
            out.println("  DynamoDB Local  " + dynamo.endpoint() + (options.inMemory()
                    ? "  (in memory: nothing is kept)"
                    : "  (data in " + dataDir.resolve("dynamodb") + ")"));
            out.println("  table           " + TABLE_NAME);
            out.println("  signing key     " + keyFile + "  (RS256, iss/aud " + LocalJwt.ISSUER + ")");
            summary.forEach(out::println);
            if (functions.stream().anyMatch(f -> f.name().equals("reminders"))) {
                out.println("  mail outbox     " + env.outbox() + "  (.eml files; dead letters in " + env.outbox().resolve("dead-letters") + ")");
            }
            out.println("  event bus       " + events.ruleNames().size() + " rules" + (events.ruleNames().isEmpty() ? "" : " " + events.ruleNames()));
            out.println("  HTTP API        " + url + "  (" + routes.routes().size() + " routes)");
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("cannot start the local HTTP API on 127.0.0.1:" + options.port()
                    + " (" + e.getMessage() + "); is another server using it? choose one with --port", e);
        } catch (RuntimeException | Error e) {
            closeQuietly();
            throw e;
        }
    }

    public static LocalServer start(Options options, PrintStream out) {
        return start(options, LocalFunctions.all(), Clock.systemUTC(), out);
    }

    public static LocalServer start(Options options, List<LocalFunction> functions, Clock clock, PrintStream out) {
        return new LocalServer(options, functions, clock, out);
    }

    private static ExecutorService httpExecutor() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(HTTP_THREADS, HTTP_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "local-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** e.g. {@code http://127.0.0.1:8080} */
    public URI url() {
        return url;
    }

    public int port() {
        return url.getPort();
    }

    public LocalJwt jwt() {
        return jwt;
    }

    public LocalEventBus events() {
        return events;
    }

    public PairwiseTable table() {
        return table;
    }

    public EmbeddedDynamoDb dynamo() {
        return dynamo;
    }

    public RouteTable routes() {
        return routes;
    }

    public Path keyFile() {
        return keyFile;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private synchronized void closeQuietly() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                System.err.println("[local] while stopping: " + e);
            }
        }
        started.clear();
    }
}
