package com.pairwise.surveys;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/**
 * With EVENT_BUS_NAME set (as deployed) the handler builds an EventBridge client at init; shared declares that SDK
 * optional, so the function must bring it itself or the deployed function fails to start.
 */
class BusClientPackagedTest {
    @Test
    void theEventBridgeClientIsOnTheFunctionsClasspath() {
        assertDoesNotThrow(() -> Class.forName("software.amazon.awssdk.services.eventbridge.EventBridgeClient"));
    }
}
