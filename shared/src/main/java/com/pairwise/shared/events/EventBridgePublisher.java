package com.pairwise.shared.events;

import com.pairwise.shared.store.AwsClients;
import java.net.URI;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** PutEvents on the bus named by EVENT_BUS_NAME; the client is built once per process. */
public final class EventBridgePublisher implements EventPublisher {
    private final EventBridgeClient client;
    private final String busName;

    public EventBridgePublisher(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    /** Configured from the Lambda environment: EVENT_BUS_NAME, AWS_REGION, optional EVENTBRIDGE_ENDPOINT. */
    public static EventBridgePublisher fromEnvironment() {
        String bus = System.getenv("EVENT_BUS_NAME");
        if (bus == null || bus.isBlank()) {
            throw new IllegalStateException("EVENT_BUS_NAME is not set");
        }
        EventBridgeClientBuilder builder = EventBridgeClient.builder()
                .httpClient(AwsClients.httpClient())
                .credentialsProvider(AwsClients.credentials())
                .region(AwsClients.region());
        String endpoint = System.getenv("EVENTBRIDGE_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return new EventBridgePublisher(builder.build(), bus);
    }

    @Override
    public void publish(String source, String detailType, String detailJson) {
        PutEventsResponse response = client.putEvents(b -> b.entries(e -> e
                .eventBusName(busName).source(source).detailType(detailType).detail(detailJson)));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            PutEventsResultEntry entry = response.entries().get(0);
            throw new IllegalStateException("EventBridge refused " + detailType + ": " + entry.errorCode() + " " + entry.errorMessage());
        }
    }
}
