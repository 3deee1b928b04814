package com.pairwise.signup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.AgendaHandler;
import com.pairwise.matching.MatchingHandler;
import com.pairwise.reminders.ReminderHandler;
import com.pairwise.reminders.domain.ReminderSettings;
import com.pairwise.reminders.mail.EmlOutbox;
import com.pairwise.reminders.mail.FolderDeadLetters;
import com.pairwise.shared.events.EventPublisher;
import com.pairwise.shared.http.HttpFunction;
import com.pairwise.shared.http.Json;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import com.pairwise.surveys.SurveysHandler;
import com.pairwise.testing.HttpApiRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The matching, agenda, reminders and surveys functions' real handlers on a signup harness's table, joined by an
 * in-memory bus that delivers each published event to the functions subscribed to it (as the stack's rules and the
 * local runner do), so a test builds everything a person has with the code that really writes it.
 */
public final class OtherFunctions {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final SignupHarness api;
    private final Deque<ObjectNode> published = new ArrayDeque<>();
    public final MatchingHandler matching;
    public final AgendaHandler agenda;
    public final ReminderHandler reminders;
    public final SurveysHandler surveys;

    public OtherFunctions(SignupHarness api) {
        this.api = api;
        EventPublisher bus = (source, type, detail) -> {
            try {
                ObjectNode event = Json.MAPPER.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                        .put("detail-type", type).put("source", source).put("time", api.clock.instant().toString());
                event.set("detail", Json.MAPPER.readTree(detail));
                published.add(event);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        matching = new MatchingHandler(api.table, api.clock, bus, QUIET);
        agenda = new AgendaHandler(api.table, api.clock, QUIET, bus);
        surveys = new SurveysHandler(api.table, api.clock, QUIET);
        try {
            Path mail = Files.createTempDirectory("export-test-mail");
            reminders = new ReminderHandler(api.table, api.clock, new EmlOutbox(mail.resolve("outbox"), api.clock),
                    new FolderDeadLetters(mail.resolve("dead-letters")), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                    "http://127.0.0.1:8080", ReminderSettings.DEFAULT, QUIET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls a route of another function as {@code who}, then delivers what it published. */
    public Response call(HttpFunction function, Person who, String routeKey, Map<String, String> pathParameters, Object body) {
        ObjectNode event = SignupHarness.sampleEvent("get-my-registration.json");
        HttpApiRequests.fill(event, routeKey, pathParameters, Map.of(), new HttpApiRequests.Claims(who.userId(), who.email(), who.groups()), body);
        Response response = invoke(function, event);
        deliver();
        return response;
    }

    /** The reminders function's scheduled run (every 15 minutes in the stack), then what it published. */
    public void runReminders() {
        ObjectNode event = Json.MAPPER.createObjectNode().put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", "Scheduled Event").put("source", "aws.events").put("time", api.clock.instant().toString());
        event.putArray("resources").add("arn:aws:events:eu-west-1:123456789012:rule/pairwise-reminders-every-15-minutes");
        event.putObject("detail");
        invoke(reminders, event);
        deliver();
    }

    /** Hands every published event to its subscribers, as docs/openapi.yaml's functions subscribe in the stack. */
    public void deliver() {
        while (!published.isEmpty()) {
            ObjectNode event = published.poll();
            for (HttpFunction subscriber : subscribers(event.path("source").asText(), event.path("detail-type").asText())) {
                invoke(subscriber, event);
            }
        }
    }

    private List<HttpFunction> subscribers(String source, String type) {
        String key = source + " " + type;
        return switch (key) {
            case "pairwise.matching RelationshipStarted" -> List.of(agenda, surveys, reminders);
            case "pairwise.matching RelationshipEnded" -> List.of(surveys, reminders);
            case "pairwise.matching MatchRequested", "pairwise.agenda MeetingScheduled", "pairwise.agenda MeetingCancelled" -> List.of(reminders);
            case "pairwise.agenda MeetingHeld" -> List.of(surveys);
            default -> List.of();
        };
    }

    private static Response invoke(HttpFunction function, JsonNode event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            function.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), out, null);
            JsonNode response = out.size() == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(out.toByteArray());
            String body = response.path("body").asText(null);
            JsonNode json = body == null || !response.path("headers").path("content-type").asText().contains("json") ? null : Json.MAPPER.readTree(body);
            return new Response(response.path("statusCode").asInt(), response.path("headers"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
