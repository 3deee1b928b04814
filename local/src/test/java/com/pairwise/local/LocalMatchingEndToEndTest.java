package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk matching through the local runner: the run is computed asynchronously, from the event the local bus delivers. */
class LocalMatchingEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = LocalServer.start(new LocalServer.Options(0, dataDir, true), LocalFunctions.all(), Clock.systemUTC(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static JsonNode send(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void aCoordinatorRunsMatchingAsynchronouslyAndCommitsIt() throws Exception {
        String admin = server.jwt().issue("e2e-admin", true, null, "Admin");
        String program = send("POST", "/programs", admin, """
                {"name":"E2E matching","kind":"cohort","startDate":"2030-01-01","endDate":"2030-06-30",
                 "format":"one_to_one","status":"open","languages":["en"],"coordinators":["e2e-admin"]}""", 201).get("id").asText();
        String mentor = server.jwt().issue("e2e-mentor", false, "mentor@example.com", "Mentor");
        String mentee = server.jwt().issue("e2e-mentee", false, "mentee@example.com", "Mentee");
        send("POST", "/programs/" + program + "/registrations", mentor, """
                {"role":"mentor","displayName":"Mentor","languages":["en"],"timeZone":"Europe/Madrid","country":"ES",
                 "skillsOffered":["Negotiation"],"capacity":1}""", 201);
        send("POST", "/programs/" + program + "/registrations", mentee, """
                {"role":"mentee","displayName":"Mentee","languages":["en"],"timeZone":"Europe/Lisbon","country":"PT",
                 "skillsToDevelop":["Negotiation"]}""", 201);

        JsonNode run = send("POST", "/programs/" + program + "/matching-runs", admin, null, 202);
        String runId = run.get("id").asText();
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(30)));
        JsonNode preview = send("GET", "/matching-runs/" + runId, admin, null, 200);
        assertEquals("preview", preview.get("status").asText(), preview.toString());
        assertEquals("e2e-mentee", preview.get("pairs").get(0).get("menteeId").asText());

        assertEquals("committing", send("POST", "/matching-runs/" + runId + "/commit", admin, null, 202).get("status").asText());
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(30)));
        JsonNode committed = send("GET", "/matching-runs/" + runId, admin, null, 200);
        assertEquals("committed", committed.get("status").asText(), committed.toString());
        assertEquals(1, committed.get("commit").get("committed").asInt());
        JsonNode mine = send("GET", "/me/relationships", mentee, null, 200);
        assertEquals("e2e-mentor", mine.get("items").get(0).get("mentorId").asText());
    }

    @Test
    void aMentorWhoRaisesTheirCapacityIsOfferedSomeoneWaiting() throws Exception {
        String admin = server.jwt().issue("cap-admin", true, null, "Admin");
        String program = send("POST", "/programs", admin, """
                {"name":"E2E capacity","kind":"cohort","startDate":"2030-01-01","endDate":"2030-06-30",
                 "format":"one_to_one","status":"open","languages":["en"],"coordinators":["cap-admin"]}""", 201).get("id").asText();
        String mentor = server.jwt().issue("cap-mentor", false, "cap-mentor@example.com", "Mentor");
        send("POST", "/programs/" + program + "/registrations", mentor, """
                {"role":"mentor","displayName":"Mentor","languages":["en"],"timeZone":"Europe/Madrid","country":"ES",
                 "skillsOffered":["Negotiation"],"capacity":1}""", 201);
        for (String who : new String[] {"cap-mentee-1", "cap-mentee-2"}) {
            send("POST", "/programs/" + program + "/registrations", server.jwt().issue(who, false, who + "@example.com", who), """
                    {"role":"mentee","displayName":"Mentee","languages":["en"],"timeZone":"Europe/Lisbon","country":"PT",
                     "skillsToDevelop":["Negotiation"]}""", 201);
        }
        String runId = send("POST", "/programs/" + program + "/matching-runs", admin, null, 202).get("id").asText();
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(30)));
        send("POST", "/matching-runs/" + runId + "/commit", admin, null, 202);
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(30)));
        assertEquals(1, send("GET", "/matching-runs/" + runId, admin, null, 200).get("commit").get("waitlisted").asInt());

        send("PATCH", "/programs/" + program + "/registrations/me", mentor, "{\"capacity\":2}", 200);
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(30)));
        JsonNode received = send("GET", "/me/match-requests", mentor, null, 200).get("received");
        assertEquals(1, received.size(), received.toString());
        assertEquals("waitlist_offer", received.get(0).get("origin").asText());
    }
}
