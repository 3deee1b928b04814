package com.pairwise.local;

import com.pairwise.shared.domain.Identifiers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts Pairwise on a laptop with no AWS account.
 *
 * <pre>
 * serve [--port 8080] [--data-dir .pairwise-data] [--in-memory] [--demo]
 * token &lt;userId&gt; [--admin] [--email x@y] [--name "Display Name"] [--data-dir .pairwise-data]
 * </pre>
 */
public final class LocalRunner {
    /** How the user runs us, for the examples we print; local/run.sh sets it. */
    static final String COMMAND = System.getProperty("pairwise.local.command", "local/run.sh");
    /** local/run.sh points this at the repository root so the data does not depend on the current folder. */
    static final String DEFAULT_DATA_DIR = System.getProperty("pairwise.local.dataDir", ".pairwise-data");
    static final int DEFAULT_PORT = 8080;

    private LocalRunner() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (Exception | Error e) {
            System.err.println("error: " + e.getMessage());
            if (Boolean.getBoolean("pairwise.local.debug")) {
                e.printStackTrace();
            } else {
                System.err.println("(run with -Dpairwise.local.debug=true, or PAIRWISE_JAVA_OPTS=-Dpairwise.local.debug=true for run.sh, to see the stack trace)");
            }
            status = 1;
        }
        if (status >= 0) {
            System.exit(status); // also stops a half-started server through the shutdown hook
        }
    }

    /** Runs one command; returns the exit status, or -1 when a server was started and keeps running. */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "serve" -> serve(rest, out);
                case "token" -> token(rest, out, err);
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return 2;
        }
    }

    static String usage() {
        return """
                usage: %1$s serve [--port %2$d] [--data-dir %3$s] [--in-memory] [--demo]
                       %1$s token <userId> [--admin] [--email x@y] [--name "Display Name"] [--data-dir %3$s]

                  serve   starts DynamoDB Local, every function and the HTTP API on 127.0.0.1 (Ctrl-C stops it);
                          --in-memory keeps no data, --demo loads a demo program with sample participants
                  token   prints a signed ID token (12 h) for a user: demo-admin (with --admin), demo-coordinator,
                          demo-mentor-1..3, demo-mentee-1..5, or any id you like
                """.formatted(COMMAND, DEFAULT_PORT, DEFAULT_DATA_DIR);
    }

    private static int serve(List<String> args, PrintStream out) throws Exception {
        int port = DEFAULT_PORT;
        String dataDir = DEFAULT_DATA_DIR;
        boolean inMemory = false;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                case "--in-memory" -> inMemory = true;
                case "--demo" -> demo = true;
                default -> throw new UsageException("serve does not take '" + args.get(i) + "'");
            }
        }
        LocalServer server = LocalServer.start(new LocalServer.Options(port, Path.of(dataDir), inMemory), out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the local runner...");
            server.close();
            stopped.countDown();
        }, "local-runner-shutdown"));
        if (demo) {
            new DemoData(server.url(), server.jwt(), Clock.systemUTC()).load(out);
        }
        String tokenCommand = COMMAND + " token demo-admin --admin"
                + (dataDir.equals(DEFAULT_DATA_DIR) ? "" : " --data-dir " + dataDir);
        out.println();
        out.println("Ready: Pairwise API on " + server.url() + "  (Ctrl-C to stop)");
        out.println("  try: curl -H \"Authorization: Bearer $(" + tokenCommand + ")\" " + server.url() + "/programs");
        out.flush();
        stopped.await();
        return -1;
    }

    private static int token(List<String> args, PrintStream out, PrintStream err) {
        String userId = null;
        boolean admin = false;
        String email = null;
        String name = null;
        String dataDir = DEFAULT_DATA_DIR;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--admin" -> admin = true;
                case "--email" -> email = value(args, ++i, "--email");
                case "--name" -> name = value(args, ++i, "--name");
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                default -> {
                    if (arg.startsWith("--") || userId != null) {
                        throw new UsageException("token does not take '" + arg + "'");
                    }
                    userId = arg;
                }
            }
        }
        if (userId == null) {
            throw new UsageException("token needs a user id, e.g. demo-mentee-1");
        }
        if (!Identifiers.isValid(userId)) {
            throw new UsageException("'" + userId + "' is not a valid user id (letters, digits and _.:@+- up to 128)");
        }
        LocalJwt jwt = LocalJwt.loadOrCreate(Path.of(dataDir), Clock.systemUTC());
        out.println(jwt.issue(userId, admin, email, name));
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be 0..65535, not '" + text + "'");
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
