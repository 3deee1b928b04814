package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda function runs in the local runner: its routes are served, RelationshipStarted on the bus reaches it, and
 * its MeetingHeld reaches the surveys function.
 */
class LocalAgendaTest {
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

    private static HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Authorization", "Bearer " + server.jwt().issue(user, false, null, user));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStartedRelationshipGetsItsKickoffAndItsMeetingsAnInvite() throws Exception {
        Instant now = Instant.now();
        ProgramSettings settings = new ProgramSettings("Local agenda", null, ProgramKind.EVERGREEN, null, null, ProgramFormat.ONE_TO_ONE,
                ProgramStatus.OPEN, null, null, null, 2, Set.of(), List.of("en"), List.of(), List.of());
        Program program = new Program("prg_localagenda", settings, now, now, 1);
        new ProgramStore(server.table()).create(program);
        for (String user : List.of("local-mentor", "local-mentee")) {
            Profile profile = new Profile(user, user + "@example.com", List.of("es"), "Europe/Madrid", "ES", null, null, null,
                    List.of(), List.of("leadership"), null, List.of(), null);
            new RegistrationStore(server.table()).register(new Registration(program.id(), user,
                    user.endsWith("mentor") ? Role.MENTOR : Role.MENTEE, RegistrationStatus.REGISTERED, profile, now, now, 1), program);
        }
        Relationship r = new RelationshipStore(server.table()).start(new Relationship("rel_localagenda", program.id(), "local-mentor",
                List.of("local-mentee"), ProgramFormat.ONE_TO_ONE, RelationshipStatus.ACTIVE, now, null, null, List.of()), null, List.of());

        server.events().publish("pairwise.matching", "RelationshipStarted", "{\"relationshipId\":\"" + r.id() + "\"}");
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(10)));
        HttpResponse<String> kickoff = send("GET", "/relationships/" + r.id() + "/kickoff", "local-mentee", null);
        assertEquals(200, kickoff.statusCode(), kickoff.body());
        assertEquals("es", Json.MAPPER.readTree(kickoff.body()).get("language").asText());

        HttpResponse<String> created = send("POST", "/relationships/" + r.id() + "/meetings", "local-mentor",
                "{\"start\":\"" + now.plus(Duration.ofDays(2)) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode meeting = Json.MAPPER.readTree(created.body());
        HttpResponse<String> invite = send("GET", "/meetings/" + meeting.get("id").asText() + "/invite.ics", "local-mentee", null);
        assertEquals(200, invite.statusCode(), invite.body());
        assertTrue(invite.body().contains("TZID=Europe/Madrid"), invite.body());
    }

    @Test
    void aMeetingHeldOnTheBusBringsTheCheckInFromSurveys() throws Exception {
        Instant now = Instant.now();
        ProgramSettings settings = new ProgramSettings("Local surveys", null, ProgramKind.EVERGREEN, null, null, ProgramFormat.ONE_TO_ONE,
                ProgramStatus.OPEN, null, null, null, 2, Set.of(), List.of("en"), List.of(), List.of());
        Program program = new Program("prg_localmeet", settings, now, now, 1);
        new ProgramStore(server.table()).create(program);
        for (String user : List.of("meet-mentor", "meet-mentee")) {
            Profile profile = new Profile(user, user + "@example.com", List.of("en"), "Europe/Madrid", "ES", null, null, null,
                    List.of(), List.of("leadership"), null, List.of(), null);
            new RegistrationStore(server.table()).register(new Registration(program.id(), user,
                    user.endsWith("mentor") ? Role.MENTOR : Role.MENTEE, RegistrationStatus.REGISTERED, profile, now, now, 1), program);
        }
        server.events().publish("pairwise.matching", "RelationshipStarted", "{\"relationshipId\":\"rel_localmeet\",\"programId\":\""
                + program.id() + "\",\"mentorId\":\"meet-mentor\",\"menteeIds\":[\"meet-mentee\"],\"startedAt\":\"" + now + "\"}");
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(10)));
        server.events().publish("pairwise.agenda", "MeetingHeld", "{\"meetingId\":\"mtg_localmeet\",\"relationshipId\":\"rel_localmeet\","
                + "\"programId\":\"" + program.id() + "\",\"participants\":[\"meet-mentor\",\"meet-mentee\"],\"heldAt\":\"" + now + "\"}");
        assertTrue(server.events().awaitIdle(Duration.ofSeconds(10)));
        HttpResponse<String> mine = send("GET", "/me/surveys", "meet-mentee", null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(Json.MAPPER.readTree(mine.body()).path("items").findValuesAsText("surveyId").contains("check-in"), mine.body());
    }
}
