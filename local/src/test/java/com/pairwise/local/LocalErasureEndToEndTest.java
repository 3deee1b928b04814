package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import com.pairwise.testing.TestClock;
import java.io.ByteArrayInputStream;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DELETE /me through the local runner with all five functions on the local bus: a mentee with a registration, a
 * relationship, meetings with a private note, reminders, a feed, preferences and a survey answer asks to be erased.
 * Afterwards no route of any function returns anything of theirs, and their mentor sees the relationship as ended
 * with a pseudonym in their place.
 */
class LocalErasureEndToEndTest {
    private static final String ANA = "erase-ana";
    /** Everything that would identify Ana: her id, email, name, and what she wrote. */
    private static final List<String> ANA_TRACES = List.of(ANA, "Lovelace", "Become a team lead by spring", "Nervous about the reorg",
            "shadow the launch", "draft the plan", "wants a quieter mentor", "ana-room");

    @TempDir
    static Path dataDir;
    static LocalServer server;
    static final TestClock clock = new TestClock(Instant.now());
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

    /** A fresh token per call: the test moves the clock on by days. */
    static HttpResponse<String> call(String method, String path, String user, boolean admin, String body) throws Exception {
        String token = server.jwt().issue(user, admin, user + "@example.com", user);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode send(String method, String path, String user, String body, int expected) throws Exception {
        HttpResponse<String> response = call(method, path, user, user.equals("erase-admin"), body);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body());
    }

    static void settle() throws InterruptedException {
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(30)), "the local bus delivered everything");
    }

    /** One run of the reminders' 15-minute schedule, through the reminders handler as the runner wires it. */
    static void remindersRun() throws Exception {
        LocalFunction reminders = LocalFunctions.all().stream().filter(f -> f.name().equals("reminders")).findFirst().orElseThrow();
        RequestStreamHandler handler = reminders.factory().apply(new LocalEnvironment(server.table(), clock, server.events(), dataDir));
        byte[] event = server.events().scheduledEvent("reminders-every-15-minutes").getBytes(StandardCharsets.UTF_8);
        handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
    }

    @Test
    void afterDeleteMeNoRouteReturnsAnythingOfThePersonAndTheirMentorSeesAnEndedPseudonymousRelationship() throws Exception {
        Instant t0 = clock.instant();
        String program = send("POST", "/programs", "erase-admin", """
                {"name":"Erasure","kind":"evergreen","format":"one_to_one","status":"open","languages":["en"],
                 "coordinators":["erase-coord"]}""", 201).get("id").asText();
        send("POST", "/programs/" + program + "/registrations", "erase-mia", """
                {"role":"mentor","displayName":"Mia Mentor","languages":["en"],"timeZone":"Europe/Madrid","country":"ES",
                 "skillsOffered":["Leadership"],"capacity":1}""", 201);
        send("POST", "/programs/" + program + "/registrations", ANA, """
                {"role":"mentee","displayName":"Ana Lovelace","languages":["en"],"timeZone":"Europe/Lisbon","country":"PT",
                 "skillsToDevelop":["Leadership"],"goals":"Become a team lead by spring"}""", 201);

        // A relationship: Ana asks, Mia accepts; agenda, reminders and surveys hear of it on the bus.
        String request = send("POST", "/programs/" + program + "/match-requests", ANA, """
                {"mentorId":"erase-mia","message":"Hi Mia, I want to draft the plan with you"}""", 201).get("id").asText();
        String rel = send("POST", "/match-requests/" + request + "/accept", "erase-mia", null, 201).get("id").asText();
        settle();

        // A meeting held with Ana's private note, shared notes and her action item; a check-in follows and she answers it.
        String held = send("POST", "/relationships/" + rel + "/meetings", ANA, """
                {"start":"%s","videoLink":"https://meet.example.com/ana-room"}""".formatted(t0.plus(Duration.ofHours(1))), 201).get("id").asText();
        clock.set(t0.plus(Duration.ofHours(3)));
        send("PATCH", "/meetings/" + held, ANA, """
                {"status":"held","privateNote":"Nervous about the reorg","sharedNotes":"Ana will shadow the launch",
                 "actionItems":[{"text":"Ana to draft the plan","ownerId":"erase-ana"}]}""", 200);
        send("PATCH", "/meetings/" + held, "erase-mia", """
                {"privateNote":"Mia's own note"}""", 200);
        settle();
        JsonNode surveys = send("GET", "/me/surveys", ANA, null, 200).get("items");
        String checkIn = null;
        for (JsonNode s : surveys) {
            if (s.get("surveyId").asText().equals("check-in")) {
                checkIn = s.get("id").asText();
            }
        }
        assertTrue(checkIn != null, surveys.toString());
        send("POST", "/surveys/" + checkIn + "/responses", ANA, """
                {"answers":{"q1":2,"q2":"no","q3":"Ana wants a quieter mentor"}}""", 201);

        // A meeting to come (reminders planned), preferences, and a reminders run that fills both feeds.
        // 15:00 UTC, so the day-before reminder falls outside both people's quiet hours.
        Instant upcomingStart = t0.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
        String upcoming = send("POST", "/relationships/" + rel + "/meetings", "erase-mia", """
                {"start":"%s"}""".formatted(upcomingStart), 201).get("id").asText();
        send("PATCH", "/me/preferences", ANA, """
                {"kinds":{"survey_due":false}}""", 200);
        settle();
        clock.set(upcomingStart.minus(Duration.ofHours(23)));
        remindersRun();
        assertTrue(send("GET", "/me/notifications", ANA, null, 200).get("items").size() > 0, "setup: Ana has a feed");
        int miasFeed = send("GET", "/me/notifications", "erase-mia", null, 200).get("items").size();
        assertTrue(miasFeed > 0, "setup: Mia has a feed");

        JsonNode erased = send("DELETE", "/me", ANA, null, 200);
        assertEquals(1, erased.get("registrationsRemoved").asInt());
        settle();
        settle(); // what the erasure announced (RelationshipEnded, MeetingCancelled) has been handled too

        // Ana: every route that could return her data returns nothing of hers.
        JsonNode me = send("GET", "/me", ANA, null, 200);
        assertEquals(0, me.get("registrations").size());
        assertEquals(0, send("GET", "/me/relationships", ANA, null, 200).get("items").size());
        JsonNode requests = send("GET", "/me/match-requests", ANA, null, 200);
        assertEquals(0, requests.get("sent").size() + requests.get("received").size());
        assertEquals(403, call("GET", "/relationships/" + rel, ANA, false, null).statusCode(), "no longer a participant");
        assertEquals(403, call("GET", "/meetings/" + held, ANA, false, null).statusCode());
        assertEquals(0, send("GET", "/me/notifications", ANA, null, 200).get("items").size());
        assertTrue(send("GET", "/me/preferences", ANA, null, 200).get("kinds").get("survey_due").asBoolean(), "defaults: nothing stored");
        assertEquals(0, send("GET", "/me/surveys", ANA, null, 200).get("items").size());
        assertEquals(404, call("GET", "/surveys/" + checkIn, ANA, false, null).statusCode());
        assertEquals(404, call("GET", "/programs/" + program + "/registrations/me", ANA, false, null).statusCode());

        // Mia, the coordinator, the administrator: the relationship ended, with nothing of Ana in anything they read.
        List<String> seen = new ArrayList<>();
        JsonNode relationship = send("GET", "/relationships/" + rel, "erase-mia", null, 200);
        assertEquals("ended", relationship.get("status").asText());
        assertTrue(relationship.get("menteeIds").get(0).asText().startsWith("erased_"), relationship.toString());
        JsonNode past = send("GET", "/meetings/" + held, "erase-mia", null, 200);
        assertEquals("Mia's own note", past.get("privateNote").asText());
        assertEquals("cancelled", send("GET", "/meetings/" + upcoming, "erase-mia", null, 200).get("status").asText());
        assertEquals(miasFeed, send("GET", "/me/notifications", "erase-mia", null, 200).get("items").size(), "Mia's feed is hers");
        for (String path : List.of("/relationships/" + rel, "/me/relationships", "/me/match-requests", "/match-requests/" + request,
                "/relationships/" + rel + "/meetings", "/meetings/" + held, "/meetings/" + upcoming, "/relationships/" + rel + "/kickoff",
                "/me/surveys")) {
            seen.add(path + " " + call("GET", path, "erase-mia", false, null).body());
        }
        // The problem answer echoes the id asked for, so this one is checked by its status alone.
        assertEquals(404, call("GET", "/programs/" + program + "/registrations/" + ANA, "erase-coord", false, null).statusCode());
        for (String path : List.of("/programs/" + program + "/registrations", "/programs/" + program + "/registration-counts", "/programs/" + program + "/report", "/programs/" + program + "/responses.csv",
                "/relationships/" + rel, "/relationships/" + rel + "/meetings")) {
            seen.add(path + " " + call("GET", path, "erase-coord", false, null).body());
            seen.add(path + " " + call("GET", path, "erase-admin", true, null).body());
        }
        for (String response : seen) {
            for (String trace : ANA_TRACES) {
                assertFalse(response.contains(trace), "'" + trace + "' in " + response);
            }
        }
    }
}
