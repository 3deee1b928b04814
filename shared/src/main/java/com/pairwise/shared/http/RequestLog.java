package com.pairwise.shared.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;

/**
 * One structured JSON line per request, carrying API Gateway's request id and the {@link CorrelationId}. It logs
 * the route template and status, never bodies, paths with values, names or emails, so no personal data reaches the
 * logs.
 */
public final class RequestLog {
    private final PrintStream out;
    private final Clock clock;
    private final String function;

    public RequestLog(PrintStream out, Clock clock, String function) {
        this.out = out;
        this.clock = clock;
        this.function = function;
    }

    void request(ApiRequest request, String correlationId, int status, long millis) {
        ObjectNode line = base("INFO", request, correlationId);
        line.put("status", status);
        line.put("durationMs", millis);
        write(line);
    }

    void failure(ApiRequest request, String correlationId, RuntimeException e) {
        ObjectNode line = base("ERROR", request, correlationId);
        // The exception class and the top frames locate the fault; messages may echo input, so they are left out.
        line.put("error", e.getClass().getName());
        StackTraceElement[] trace = e.getStackTrace();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < Math.min(5, trace.length); i++) {
            where.append(trace[i]).append('\n');
        }
        line.put("at", where.toString());
        write(line);
    }

    private ObjectNode base(String level, ApiRequest request, String correlationId) {
        ObjectNode line = JsonTree.object();
        line.put("time", clock.instant().toString());
        line.put("level", level);
        line.put("function", function);
        line.put("requestId", request.requestId());
        line.put("correlationId", correlationId);
        line.put("route", request.routeKey());
        return line;
    }

    private void write(ObjectNode line) {
        out.println(JsonTree.write(line));
    }
}
