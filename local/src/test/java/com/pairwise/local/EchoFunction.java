package com.pairwise.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.ApiResponse;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.http.RequestLog;
import com.pairwise.shared.http.Router;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;

/** A throwaway function for the runner's tests: answers with what it was given. */
final class EchoFunction extends HttpFunction {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    EchoFunction() {
        super(new Router(new RequestLog(QUIET, Clock.systemUTC(), "echo"))
                .add("GET /things/{thingId}", EchoFunction::echo)
                .add("GET /things/special", EchoFunction::echo)
                .add("POST /things", r -> {
                    ObjectNode o = echoNode(r);
                    return ApiResponse.json(201, o);
                })
                .add("GET /boom", r -> {
                    throw new IllegalStateException("boom");
                })
                .addPublic("GET /public/ping", EchoFunction::echo));
    }

    private static ApiResponse echo(ApiRequest r) {
        return ApiResponse.json(200, echoNode(r));
    }

    private static ObjectNode echoNode(ApiRequest r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("routeKey", r.routeKey());
        o.put("path", r.path());
        o.set("pathParameters", Json.MAPPER.valueToTree(r.pathParameters()));
        o.set("query", Json.MAPPER.valueToTree(r.queryParameters()));
        o.put("body", r.body());
        o.put("userId", r.caller().map(c -> c.userId()).orElse(null));
        o.put("admin", r.caller().map(c -> c.isAdmin()).orElse(false));
        o.put("requestId", r.requestId());
        return o;
    }

    static LocalFunction definition() {
        return LocalFunction.of("echo", env -> new EchoFunction()).withPublicRoutes("GET /public/ping");
    }
}
