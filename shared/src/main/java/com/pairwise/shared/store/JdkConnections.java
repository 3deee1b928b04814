package com.pairwise.shared.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;

/**
 * Opens the SDK's connections with the JDK's own defaults, so TLS is set up on the first HTTPS connection instead of
 * when a client is built. The URL-connection client's own factory builds an SSLContext (reading the whole CA store)
 * per client at construction: 150-250 ms of a cold start, and paid again for every client a function holds, even
 * when it talks plain HTTP (DynamoDB Local) or never calls that service. The JDK's default SSLContext is built once
 * per process, verifies host names, and on Lambda is in the SnapStart snapshot after the priming request.
 */
final class JdkConnections implements UrlConnectionFactory {
    /** The SDK's own defaults for this client (SdkHttpConfigurationOption.GLOBAL_HTTP_DEFAULTS). */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** Sends each request body from a buffer ({@link BufferedBodyConnection} says why). */
    @Override
    public HttpURLConnection createConnection(URI uri) {
        return new BufferedBodyConnection(open(uri));
    }

    /** The JDK's own connection, with the SDK's timeouts. */
    HttpURLConnection open(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a connection to " + uri, e);
        }
    }
}
