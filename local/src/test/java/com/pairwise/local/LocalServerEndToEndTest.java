package com.pairwise.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner, in memory on a free port, driven over HTTP. */
class LocalServerEndToEndTest {
    @TempDir
    static Path dataDir;
    static LocalServer server;
    static final ByteArrayOutputStream output = new ByteArrayOutputStream();
    static final HttpClient http = HttpClient.newHttpClient();
    static final List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        List<LocalFunction> functions = new ArrayList<>(LocalFunctions.all());
        functions.add(EchoFunction.definition());
        functions.add(LocalFunction.of("listener", env -> (in, out, ctx) -> received.add(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                .onEvents("registration-events", EventPattern.of("pairwise.test", "Ping")));
        server = LocalServer.start(new LocalServer.Options(0, dataDir, true), functions, Clock.systemUTC(),
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startsOnAFreeLoopbackPortAndKeepsTheKeyInTheDataDir() {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.url().getHost());
        assertTrue(Files.isRegularFile(dataDir.resolve(LocalJwt.KEY_FILE)), "in-memory still keeps the signing key");
        assertFalse(Files.exists(dataDir.resolve("dynamodb")), "in-memory keeps no database");
        String printed = output.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("function signup"), printed);
        assertTrue(printed.contains(server.url().toString()), printed);
    }

    @Test
    void adminCreatesAProgramAndReadsItBack() throws Exception {
        String admin = server.jwt().issue("demo-admin", true, null, "Demo Admin");
        String program = """
                {"name":"E2E cohort","kind":"cohort","startDate":"2030-01-01","endDate":"2030-06-30",
                 "format":"one_to_one","status":"open","languages":["en"]}""";
        HttpResponse<String> created = send("POST", "/programs", admin, program);
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.MAPPER.readTree(created.body()).get("id").asText();
        assertEquals("/programs/" + id, created.headers().firstValue("location").orElseThrow());

        HttpResponse<String> read = send("GET", "/programs/" + id, admin, null);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode body = Json.MAPPER.readTree(read.body());
        assertEquals("E2E cohort", body.get("name").asText());
        assertEquals("application/json", read.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void gatewayAnswersOfItsOwn() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/programs", null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("{\"message\":\"Unauthorized\"}", anonymous.body());

        String foreign = LocalJwt.ephemeral(Clock.systemUTC()).issue("demo-admin", true, null, null);
        assertEquals(401, send("GET", "/programs", foreign, null).statusCode());

        HttpResponse<String> missing = send("GET", "/nothing-here", null, null);
        assertEquals(404, missing.statusCode());
        assertEquals("{\"message\":\"Not Found\"}", missing.body());
        assertEquals(404, send("PUT", "/programs", server.jwt().issue("demo-admin", true, null, null), "{}").statusCode());

        assertEquals(200, send("GET", "/public/ping", null, null).statusCode());
    }

    @Test
    void bodiesOverTenMegabytesAreRefused() throws Exception {
        String token = server.jwt().issue("u", false, null, null);
        HttpResponse<String> big = send("POST", "/things", token, "x".repeat(LocalGateway.MAX_BODY_BYTES + 1));
        assertEquals(413, big.statusCode());
        HttpResponse<String> fine = send("POST", "/things", token, "{\"ok\":true}");
        assertEquals(201, fine.statusCode());
    }

    @Test
    void servesRequestsConcurrently() throws Exception {
        String token = server.jwt().issue("demo-mentee-1", false, null, null);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/things/t" + i))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> response = calls.get(i).get();
            assertEquals(200, response.statusCode());
            assertEquals("t" + i, Json.MAPPER.readTree(response.body()).at("/pathParameters/thingId").asText());
        }
    }

    @Test
    void functionsSubscribedInTheRegistryReceiveBusEvents() throws Exception {
        server.events().publish("pairwise.test", "Ping", "{\"n\":1}");
        server.events().publish("pairwise.test", "Other", "{\"n\":2}");
        assertTrue(server.events().awaitIdle(java.time.Duration.ofSeconds(5)));
        assertEquals(1, received.size());
        assertEquals(1, Json.MAPPER.readTree(received.get(0)).at("/detail/n").asInt());
    }

    @Test
    void aBusyPortIsReportedClearly() {
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> LocalServer.start(
                new LocalServer.Options(server.port(), dataDir, true), List.of(EchoFunction.definition()), Clock.systemUTC(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("--port"), e.getMessage());
    }

    @Test
    void demoDataLoadsThroughTheApiOnceOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        DemoData demo = new DemoData(server.url(), server.jwt(), Clock.systemUTC());
        DemoData.Result first = demo.load(print);
        assertTrue(first.created());
        assertEquals(DemoData.MENTORS.size() + DemoData.MENTEES.size(), first.registrations());

        String coordinator = server.jwt().issue(DemoData.COORDINATOR, false, null, null);
        HttpResponse<String> list = send("GET", "/programs/" + first.programId() + "/registrations?limit=100", coordinator, null);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(8, Json.MAPPER.readTree(list.body()).get("items").size());

        String mentee = server.jwt().issue("demo-mentee-3", false, null, null);
        HttpResponse<String> mine = send("GET", "/programs/" + first.programId() + "/registrations/me", mentee, null);
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals("mentee", Json.MAPPER.readTree(mine.body()).get("role").asText());

        DemoData.Result again = demo.load(print);
        assertFalse(again.created());
        assertEquals(first.programId(), again.programId());
    }
}
