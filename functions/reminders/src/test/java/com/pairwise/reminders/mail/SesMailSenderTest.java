package com.pairwise.reminders.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.reminders.domain.MailRefusedException;
import com.pairwise.reminders.domain.OutgoingMail;
import com.pairwise.shared.http.Json;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The SES v2 request the sender makes, and a rejection turned into a retryable refusal, against a stand-in endpoint. */
class SesMailSenderTest {
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final HttpServer server;
    private final SesMailSender sender;

    SesMailSenderTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = (status.get() == 200 ? "{\"MessageId\":\"m-1\"}"
                    : "{\"message\":\"Email address is not verified.\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (status.get() != 200) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "MessageRejected");
            }
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        SesV2Client client = SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .region(Region.EU_WEST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD))
                .build();
        sender = new SesMailSender(client, "reminders@mentoring.example.org");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static OutgoingMail mail() {
        return new OutgoingMail("ana@example.com", "Recordatorio", "Hola Ana", "<p>Hola Ana</p>",
                "https://api.example.com/unsubscribe?token=abc.def", "u1/meeting/mtg_1/24h");
    }

    @Test
    void sendsTextAndHtmlFromTheIdentityWithOneClickUnsubscribeHeaders() throws Exception {
        sender.send(mail());
        JsonNode request = Json.MAPPER.readTree(lastBody.get());
        assertEquals("reminders@mentoring.example.org", request.path("FromEmailAddress").asText());
        assertEquals("ana@example.com", request.path("Destination").path("ToAddresses").get(0).asText());
        JsonNode simple = request.path("Content").path("Simple");
        assertEquals("Hola Ana", simple.path("Body").path("Text").path("Data").asText());
        assertEquals("<p>Hola Ana</p>", simple.path("Body").path("Html").path("Data").asText());
        assertEquals("UTF-8", simple.path("Subject").path("Charset").asText());
        String headers = simple.path("Headers").toString();
        assertTrue(headers.contains("List-Unsubscribe") && headers.contains("<https://api.example.com/unsubscribe?token=abc.def>"), headers);
        assertTrue(headers.contains("List-Unsubscribe=One-Click"), headers);
    }

    @Test
    void aRejectionIsARefusalTheRunRetries() {
        status.set(400);
        MailRefusedException refused = assertThrows(MailRefusedException.class, () -> sender.send(mail()));
        assertTrue(refused.getMessage().contains("MessageRejected"), refused.getMessage());
    }
}
