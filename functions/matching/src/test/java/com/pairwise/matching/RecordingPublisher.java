package com.pairwise.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Keeps what would have gone to EventBridge; can be told to refuse, like an unreachable bus. */
public final class RecordingPublisher implements EventPublisher {
    /** One published event. */
    public record Published(String source, String detailType, JsonNode detail) {
    }

    public final List<Published> events = new CopyOnWriteArrayList<>();
    private volatile boolean failing;
    private volatile Consumer<Published> onPublish = p -> { };

    public void failing(boolean fail) {
        failing = fail;
    }

    /** Runs for each accepted event, e.g. to deliver job events to a handler as the bus would. */
    public void onPublish(Consumer<Published> action) {
        onPublish = action;
    }

    @Override
    public void publish(String source, String detailType, String detailJson) {
        if (failing) {
            throw new IllegalStateException("bus unreachable");
        }
        try {
            Published p = new Published(source, detailType, Json.MAPPER.readTree(detailJson));
            events.add(p);
            onPublish.accept(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Published> ofType(String detailType) {
        return events.stream().filter(e -> e.detailType().equals(detailType)).toList();
    }
}
