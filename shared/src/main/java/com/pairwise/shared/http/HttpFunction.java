package com.pairwise.shared.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/** Base of every HTTP-facing Lambda handler: event JSON in, router, event JSON out. */
public abstract class HttpFunction implements RequestStreamHandler {
    /** Request and correlation id of warm-up requests, so their log lines are easy to tell apart. */
    public static final String WARM_UP_ID = "snapstart-priming";
    /** The signed-in identity warm-up requests carry: a valid id that owns nothing. */
    public static final String WARM_UP_USER = "00000000-0000-0000-0000-000000000000";

    private final Router router;

    protected HttpFunction(Router router) {
        this.router = router;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JsonTree.read(input);
        if (!event.has("routeKey") && handleEvent(event)) {
            output.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        ApiResponse response = router.handle(HttpApiEvent.toRequest(event));
        JsonTree.write(output, HttpApiEvent.toEvent(response));
    }

    /**
     * Functions that are also invoked by EventBridge rules or by themselves (async jobs) override this; an event
     * without a {@code routeKey} is not from API Gateway. Returns true when the event was handled.
     */
    protected boolean handleEvent(JsonNode event) {
        return false;
    }

    /** The route keys this function serves, e.g. {@code GET /programs/{programId}}. */
    public Set<String> routeKeys() {
        return router.routeKeys();
    }

    /**
     * Runs one synthetic API Gateway event through the whole handler, bytes in and bytes out, as the signed-in
     * {@link #WARM_UP_USER}, and returns the status. For SnapStart priming: choose requests that read or are refused,
     * never ones that write.
     */
    protected final int warmUp(String routeKey, Map<String, String> pathParameters, String body) {
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        for (Map.Entry<String, String> p : pathParameters.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        ObjectNode event = JsonTree.object();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", path);
        event.putObject("headers").put("content-type", "application/json").put(CorrelationId.HEADER, WARM_UP_ID);
        ObjectNode context = event.putObject("requestContext");
        context.put("requestId", WARM_UP_ID);
        context.put("routeKey", routeKey);
        context.putObject("authorizer").putObject("jwt").putObject("claims").put("sub", WARM_UP_USER);
        pathParameters.forEach(event.putObject("pathParameters")::put);
        if (body != null) {
            event.put("body", body);
        }
        event.put("isBase64Encoded", false);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handleRequest(new ByteArrayInputStream(JsonTree.bytes(event)), out, null);
            return JsonTree.read(out.toByteArray()).path("statusCode").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
