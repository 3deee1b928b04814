package com.pairwise.shared.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;

/** Base of every HTTP-facing Lambda handler: event JSON in, router, event JSON out. */
public abstract class HttpFunction implements RequestStreamHandler {
    private final Router router;

    protected HttpFunction(Router router) {
        this.router = router;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.MAPPER.readTree(input);
        if (event != null && !event.has("routeKey") && handleEvent(event)) {
            output.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        ApiResponse response = router.handle(HttpApiEvent.toRequest(event));
        Json.MAPPER.writeValue(output, HttpApiEvent.toEvent(response));
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
}
