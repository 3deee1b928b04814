package com.pairwise.signup;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what would have gone to EventBridge; can be told to refuse, like an unreachable bus. */
public final class RecordingPublisher implements EventPublisher {
    /** One published event. */
    public record Published(String source, String detailType, JsonNode detail) {
    }

    public final List<Published> events = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    public void failing(boolean fail) {
        failing = fail;
    }

    @Override
    public void publish(String source, String detailType, String detailJson) {
        if (failing) {
            throw new IllegalStateException("bus unreachable");
        }
        try {
            events.add(new Published(source, detailType, Json.MAPPER.readTree(detailJson)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
