package com.pairwise.dynamodblocal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.main.CommandLineInput;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Amazon DynamoDB Local (the real engine, {@code software.amazon.dynamodb:DynamoDBLocal}) running
 * in-process as an HTTP server on {@code 127.0.0.1}.
 *
 * <p>Native libraries: DynamoDBLocal 3.x ships the sqlite4java natives for Linux (x86, x86_64,
 * aarch64), macOS (x86_64, aarch64) and Windows inside its own jar and extracts/loads the right
 * one itself (into {@code java.io.tmpdir}, overridable with {@code -Dorg.sqlite.tmpdir}). So no
 * {@code sqlite4java.library.path}, no {@code java.library.path} and no pom plumbing are needed
 * in consuming modules: it works from Surefire, {@code mvn exec:java} and plain {@code java -cp}.
 *
 * <p>The server always runs with {@code -sharedDb} (one database regardless of the client's
 * credentials/region) and {@code -disableTelemetry}.
 *
 * <pre>{@code
 * try (EmbeddedDynamoDb ddb = EmbeddedDynamoDb.inMemory()) {
 *     DynamoDbClient client = ddb.client();
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

    /** Region used by {@link #client()}; irrelevant to DynamoDB Local because of {@code -sharedDb}. */
    public static final Region REGION = Region.US_EAST_1;
    /** Dummy credentials used by {@link #client()}. */
    public static final String ACCESS_KEY_ID = "dummy";
    public static final String SECRET_ACCESS_KEY = "dummy";

    private static final String HOST = "127.0.0.1";
    private static final int AUTO_PORT_ATTEMPTS = 5;

    /** Strong references so the JUL level settings are not lost to GC. */
    private static final List<Logger> QUIETED_JUL_LOGGERS = new ArrayList<>();

    private final DynamoDBProxyServer server;
    private final int port;
    private final URI endpoint;
    private final Path dataDirectory;
    private final Object lock = new Object();
    private DynamoDbClient client;
    private boolean closed;

    private EmbeddedDynamoDb(DynamoDBProxyServer server, int port, Path dataDirectory) {
        this.server = server;
        this.port = port;
        this.endpoint = URI.create("http://" + HOST + ":" + port);
        this.dataDirectory = dataDirectory;
    }

    /** In-memory instance on a free port. */
    public static EmbeddedDynamoDb inMemory() {
        return start(0, null);
    }

    /** Instance on a free port whose data is kept in {@code dir} (created if missing). */
    public static EmbeddedDynamoDb persistent(Path dir) {
        return start(0, Objects.requireNonNull(dir, "dir"));
    }

    /**
     * Starts DynamoDB Local.
     *
     * @param port      TCP port on 127.0.0.1, or {@code 0} for a free port
     * @param dirOrNull folder for the database file ({@code shared-local-instance.db}), or
     *                  {@code null} for in-memory
     */
    public static EmbeddedDynamoDb start(int port, Path dirOrNull) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        quietLogging();
        Path dir = null;
        if (dirOrNull != null) {
            dir = dirOrNull.toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create DynamoDB Local data folder " + dir, e);
            }
        }
        RuntimeException last = null;
        int attempts = port == 0 ? AUTO_PORT_ATTEMPTS : 1;
        for (int i = 0; i < attempts; i++) {
            try {
                return doStart(port, dir);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    private static EmbeddedDynamoDb doStart(int requestedPort, Path dir) {
        // CommandLineInput insists on a port in 1..65535; when we can reach Jetty's connector we
        // rebind it to port 0 (kernel-chosen, race free). The pre-picked port is the fallback.
        int cliPort = requestedPort != 0 ? requestedPort : pickFreePort();
        List<String> args = new ArrayList<>(List.of(
                "-port", Integer.toString(cliPort), "-sharedDb", "-disableTelemetry"));
        if (dir == null) {
            args.add("-inMemory");
        } else {
            args.add("-dbPath");
            args.add(dir.toString());
        }

        DynamoDBProxyServer proxy;
        try {
            CommandLineInput cli = new CommandLineInput(args.toArray(String[]::new));
            if (!cli.init()) {
                throw new IllegalStateException("DynamoDB Local rejected arguments " + args);
            }
            // createServer (unlike createServerFromCommandLineArgs) prints nothing to stdout.
            proxy = ServerRunner.createServer(cli);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create DynamoDB Local server " + args, e);
        }

        Server jetty = jettyOf(proxy);
        NetworkConnector connector = null;
        if (jetty != null) {
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector) {
                    ServerConnector sc = (ServerConnector) c;
                    sc.setHost(HOST); // loopback only, not 0.0.0.0
                    if (requestedPort == 0) {
                        sc.setPort(0);
                    }
                    connector = sc;
                }
            }
        }

        try {
            proxy.start(); // NB: swallows bind errors (prints to stderr and stops), checked below
        } catch (Exception e) {
            stopQuietly(proxy);
            throw new IllegalStateException("Cannot start DynamoDB Local on port " + cliPort, e);
        }

        int actualPort;
        if (jetty != null) {
            if (!jetty.isStarted() || connector == null || connector.getLocalPort() <= 0) {
                stopQuietly(proxy);
                throw new IllegalStateException("DynamoDB Local did not start (port "
                        + (requestedPort == 0 ? "auto" : requestedPort) + " in use?)");
            }
            actualPort = connector.getLocalPort();
        } else {
            actualPort = cliPort;
            if (!canConnect(actualPort, Duration.ofSeconds(5))) {
                stopQuietly(proxy);
                throw new IllegalStateException("DynamoDB Local did not start on port " + actualPort);
            }
        }
        return new EmbeddedDynamoDb(proxy, actualPort, dir);
    }

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return port;
    }

    /** The data folder, or empty when in-memory. */
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    public boolean isInMemory() {
        return dataDirectory == null;
    }

    /**
     * A shared client for this instance (url-connection HTTP client, us-east-1, dummy static
     * credentials). It is closed by {@link #close()}; do not close it yourself.
     */
    public DynamoDbClient client() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("EmbeddedDynamoDb is closed");
            }
            if (client == null) {
                client = newClient();
            }
            return client;
        }
    }

    /** A new client for this instance; the caller owns (and closes) it. */
    public DynamoDbClient newClient() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
    }

    /** A new client of this instance's table streams, configured as {@link #newClient()}; the caller closes it. */
    public DynamoDbStreamsClient newStreamsClient() {
        return DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
    }

    /** Stops the server (idempotent). Persistent data is flushed to the data folder. */
    @Override
    public void close() {
        DynamoDbClient c;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            c = client;
            client = null;
        }
        if (c != null) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Failed to stop DynamoDB Local", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDynamoDb[" + endpoint + (dataDirectory == null ? ", in-memory" : ", " + dataDirectory) + "]";
    }

    // ------------------------------------------------------------------------------------------

    private static Server jettyOf(DynamoDBProxyServer proxy) {
        try {
            Field f = DynamoDBProxyServer.class.getDeclaredField("server");
            f.setAccessible(true);
            Object o = f.get(proxy);
            return o instanceof Server ? (Server) o : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // fall back to the pre-picked port
        }
    }

    private static void stopQuietly(DynamoDBProxyServer proxy) {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // best effort
        }
    }

    private static int pickFreePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    private static boolean canConnect(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 200);
                return true;
            } catch (IOException e) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private static volatile boolean loggingQuieted;

    /**
     * DynamoDB Local's own jar carries a log4j2.xml at WARN; this additionally forces its loggers
     * to WARN programmatically (in case another log4j2 config wins) and quiets sqlite4java's JUL
     * logging. Everything is best effort: failures (e.g. log4j routed to SLF4J) are ignored.
     */
    private static void quietLogging() {
        if (loggingQuieted) {
            return;
        }
        synchronized (QUIETED_JUL_LOGGERS) {
            if (loggingQuieted) {
                return;
            }
            loggingQuieted = true;
            try {
                org.apache.logging.log4j.core.config.Configurator.setLevel(
                        "software.amazon.dynamodb", org.apache.logging.log4j.Level.WARN);
                org.apache.logging.log4j.core.config.Configurator.setLevel(
                        "com.amazonaws", org.apache.logging.log4j.Level.WARN);
                org.apache.logging.log4j.core.config.Configurator.setLevel(
                        "org.eclipse.jetty", org.apache.logging.log4j.Level.WARN);
            } catch (Throwable ignored) {
                // log4j-core not the active implementation; nothing to do
            }
            for (String name : List.of("com.almworks.sqlite4java", "org.eclipse.jetty")) {
                Logger l = Logger.getLogger(name);
                l.setLevel(java.util.logging.Level.WARNING);
                QUIETED_JUL_LOGGERS.add(l);
            }
        }
    }
}
