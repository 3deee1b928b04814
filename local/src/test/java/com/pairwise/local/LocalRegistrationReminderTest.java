package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.reminders.mail.EmlOutbox;
import com.pairwise.shared.http.Json;
import com.pairwise.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the local runner, every function on the local bus: an incomplete registration's ReminderRequested
 * travels from signup to reminders, and after its due time the reminders schedule mails one "finish your registration"
 * naming the missing field; a registration completed before then gets none (its ReminderWithdrawn got there first).
 */
class LocalRegistrationReminderTest {
    @TempDir
    static Path dataDir;
    static LocalServer server;
    static final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = LocalServer.start(new LocalServer.Options(0, dataDir, true), LocalFunctions.all(), clock,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> send(String method, String path, String user, boolean admin, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Authorization", "Bearer " + server.jwt().issue(user, admin, user + "@example.com", user));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String MENTEE_WITHOUT_GOALS = "{\"role\":\"mentee\",\"displayName\":\"%s\",\"languages\":[\"en\"],"
            + "\"timeZone\":\"Europe/Madrid\",\"country\":\"ES\",\"skillsToDevelop\":[\"Negotiation\"]}";

    @Test
    void anIncompleteRegistrationIsMailedOnceAfterItsDueTimeAndACompletedOneIsNot() throws Exception {
        HttpResponse<String> created = send("POST", "/programs", "local-admin", true, "{\"name\":\"Reminders\",\"kind\":\"evergreen\","
                + "\"format\":\"one_to_one\",\"status\":\"open\",\"languages\":[\"en\"],\"requiredProfileFields\":[\"time_zone\"]}");
        assertEquals(201, created.statusCode(), created.body());
        String programId = Json.MAPPER.readTree(created.body()).get("id").asText();
        String registrations = "/programs/" + programId + "/registrations";

        assertEquals(201, send("POST", registrations, "lucia", false, MENTEE_WITHOUT_GOALS.formatted("Lucia")).statusCode());
        assertEquals(201, send("POST", registrations, "bruno", false, MENTEE_WITHOUT_GOALS.formatted("Bruno")).statusCode());
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(10)));
        clock.advance(Duration.ofHours(20));
        HttpResponse<String> completed = send("PATCH", registrations + "/me", "bruno", false, "{\"goals\":\"Negotiate my first budget\"}");
        assertEquals(200, completed.statusCode(), completed.body());
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(10)));

        clock.set(Instant.parse("2026-11-25T08:01:00Z")); // two days after the sign-ups: 09:01 in Madrid
        server.events().runNow("reminders-every-15-minutes");
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(20)));
        server.events().runNow("reminders-every-15-minutes"); // the next run finds nothing left to send
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(20)));

        List<Path> mails = new EmlOutbox(dataDir.resolve("outbox"), clock).messages();
        assertEquals(1, mails.size(), mails.toString());
        String eml = Files.readString(mails.get(0));
        assertTrue(eml.contains("To: lucia@example.com"), eml);
        assertTrue(eml.contains("X-Pairwise-Reminder: lucia/registration_incomplete/" + programId), eml);
        String text = plainText(eml);
        assertTrue(text.contains("Your registration is missing: goals."), text);
        assertTrue(text.contains("/programs/" + programId + "/registrations/me"), text);
    }

    private static String plainText(String eml) {
        Matcher m = Pattern.compile("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--")
                .matcher(eml);
        assertTrue(m.find(), eml);
        return new String(Base64.getMimeDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }
}
