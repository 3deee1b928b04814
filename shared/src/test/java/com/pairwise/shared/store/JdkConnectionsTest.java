package com.pairwise.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * The SDK's connections keep the SDK's timeouts and the JDK's own certificate and host name checks, and send request
 * bodies from a buffer: intact, over a kept-alive connection, and again on a new one when the server has closed it.
 */
class JdkConnectionsTest {
    @Test
    void httpsConnectionsUseTheJdkDefaultsAndTheSdkTimeouts() {
        HttpURLConnection c = new JdkConnections().open(URI.create("https://dynamodb.eu-west-1.amazonaws.com/"));
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
        assertEquals(30_000, c.getReadTimeout());
    }

    /** A streamed POST is what the JDK probes (1 ms) before reusing a connection; a buffered one is not. */
    @Test
    void aBodyIsBufferedEvenWhenFixedLengthStreamingIsAskedFor() throws IOException {
        try (RawHttpServer server = new RawHttpServer(false)) {
            HttpURLConnection c = new JdkConnections().createConnection(server.uri());
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(5L);
            OutputStream body = c.getOutputStream();
            assertInstanceOf(ByteArrayOutputStream.class, body, "the JDK streams the body instead of buffering it");
            body.write("hello".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, c.getResponseCode());
            assertEquals(List.of("hello"), server.bodies());
        }
    }

    @Test
    void bodiesArriveIntactOverOneKeptAliveConnection() throws Exception {
        try (RawHttpServer server = new RawHttpServer(false)) {
            SdkHttpClient http = AwsClients.httpClient();
            String large = "{\"k\":\"" + "é".repeat(100_000) + "\"}";
            assertEquals(200, post(http, server.uri(), "{\"TableName\":\"t\"}"));
            assertEquals(200, post(http, server.uri(), large));
            assertEquals(200, post(http, server.uri(), "{}"));
            assertEquals(List.of("{\"TableName\":\"t\"}", large, "{}"), server.bodies());
            assertEquals(1, server.connections(), "each request opened a connection of its own");
        }
    }

    /** The case the JDK's probe is for: the server closed the kept-alive connection between two calls. */
    @Test
    void aPostOnAConnectionTheServerClosedIsSentAgainOnANewOne() throws Exception {
        try (RawHttpServer server = new RawHttpServer(true)) {
            SdkHttpClient http = AwsClients.httpClient();
            assertEquals(200, post(http, server.uri(), "{\"first\":1}"));
            server.awaitClosed(1);
            assertEquals(200, post(http, server.uri(), "{\"second\":2}"));
            assertEquals(List.of("{\"first\":1}", "{\"second\":2}"), server.bodies());
            assertEquals(2, server.connections());
        }
    }

    private static int post(SdkHttpClient http, URI uri, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(bytes.length)).build();
        HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder().request(request)
                .contentStreamProvider(() -> new ByteArrayInputStream(bytes)).build()).call();
        try (InputStream in = response.responseBody().orElseThrow()) {
            in.readAllBytes();
        }
        return response.httpResponse().statusCode();
    }

    /**
     * An HTTP/1.1 server on a plain socket, so a test can close a connection the client keeps alive (the JDK's
     * HttpServer keeps it open): answers 200 to each request and records its body.
     */
    private static final class RawHttpServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final boolean closeAfterEachResponse;
        private final List<String> bodies = new CopyOnWriteArrayList<>();
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger closed = new AtomicInteger();
        private final Thread acceptor;

        RawHttpServer(boolean closeAfterEachResponse) throws IOException {
            this.closeAfterEachResponse = closeAfterEachResponse;
            acceptor = new Thread(this::accept, "raw-http-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        List<String> bodies() {
            return List.copyOf(bodies);
        }

        int connections() {
            return connections.get();
        }

        void awaitClosed(int count) throws InterruptedException {
            for (int i = 0; i < 500 && closed.get() < count; i++) {
                Thread.sleep(10);
            }
            Thread.sleep(50); // let the client's side of the socket see the close
        }

        private void accept() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connections.incrementAndGet();
                    InputStream in = connection.getInputStream();
                    OutputStream out = connection.getOutputStream();
                    do {
                        int length = contentLength(in);
                        if (length < 0) {
                            break;
                        }
                        bodies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } while (!closeAfterEachResponse);
                } catch (IOException e) {
                    // the socket was closed: the test is over
                }
                closed.incrementAndGet();
            }
        }

        /** Reads a request's head; returns its Content-Length, or -1 when the client closed the connection. */
        private static int contentLength(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            for (int b; !head.toString().endsWith("\r\n\r\n"); head.append((char) b)) {
                if ((b = in.read()) < 0) {
                    return -1;
                }
            }
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
