package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.HttpURLConnection;
import java.net.URI;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;

/** The SDK's connections keep the SDK's timeouts and the JDK's own certificate and host name checks. */
class JdkConnectionsTest {
    @Test
    void httpsConnectionsUseTheJdkDefaultsAndTheSdkTimeouts() {
        HttpURLConnection c = new JdkConnections().createConnection(URI.create("https://dynamodb.eu-west-1.amazonaws.com/"));
        HttpsURLConnection https = assertInstanceOf(HttpsURLConnection.class, c);
        assertEquals(HttpsURLConnection.getDefaultSSLSocketFactory(), https.getSSLSocketFactory());
        assertEquals(HttpsURLConnection.getDefaultHostnameVerifier(), https.getHostnameVerifier());
        assertEquals(2_000, c.getConnectTimeout());
        assertEquals(30_000, c.getReadTimeout());
    }

    @Test
    void plainHttpStaysPlain() {
        HttpURLConnection c = new JdkConnections().createConnection(URI.create("http://127.0.0.1:8000/"));
        assertFalse(c instanceof HttpsURLConnection);
        assertEquals(2_000, c.getConnectTimeout());
    }
}
