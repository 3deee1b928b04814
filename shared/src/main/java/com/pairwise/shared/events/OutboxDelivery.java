package com.pairwise.shared.events;

/**
 * Who sends an event once its change and outbox entry are committed. In the cloud the table's stream hands every new
 * entry to the matching function's relay, so a request pays for its transaction and nothing more; the local runner
 * and the tests have no stream reader and send at once.
 */
public enum OutboxDelivery {
    /** The request that committed the entry sends it and clears it (two more calls on the request path). */
    AT_COMMIT,
    /** The table's stream relays the entry; the request only commits it. */
    BY_STREAM;

    /** Environment variable the stack sets to {@code stream} on every function once the stream relay is wired. */
    public static final String ENV = "OUTBOX_DELIVERY";

    private static final EventPublisher SENT_BY_STREAM = (source, detailType, detail) -> {
        throw new IllegalStateException("this function's events are sent by the table's stream");
    };

    /**
     * The publisher a function that commits entries but sends none needs: with the stream, one that is never
     * called (so no EventBridge client is built at init, and the function needs no PutEvents right); at commit,
     * EventBridge on {@code EVENT_BUS_NAME}. The stream's relay itself builds {@link EventBridgePublisher} directly.
     */
    public EventPublisher committingPublisher() {
        return this == BY_STREAM ? SENT_BY_STREAM : EventBridgePublisher.fromEnvironment();
    }

    /** From {@value #ENV}: {@code stream}, or {@code at-commit} (the default when it is unset). */
    public static OutboxDelivery fromEnvironment() {
        return parse(System.getenv(ENV));
    }

    static OutboxDelivery parse(String value) {
        if (value == null || value.isBlank() || value.equals("at-commit")) {
            return AT_COMMIT;
        }
        if (value.equals("stream")) {
            return BY_STREAM;
        }
        // A typo would otherwise send nothing at all (or everything twice); refuse to start instead.
        throw new IllegalStateException(ENV + " must be 'stream' or 'at-commit', not '" + value + "'");
    }
}
