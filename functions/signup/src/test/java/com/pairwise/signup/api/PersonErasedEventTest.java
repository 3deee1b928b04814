package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.signup.RecordingPublisher.Published;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DELETE /me announces PersonErased through the outbox, so the other functions erase their part. */
class PersonErasedEventTest {
    private final SignupHarness api = new SignupHarness();
    private final Person admin = Person.admin("admin-1");
    private final Person ana = Person.user("ana");

    @Test
    void erasureAnnouncesThePersonTheirProgramsAndRelationshipsUnderAPseudonym() throws Exception {
        String programId = api.call(admin, "POST /programs", Map.of(), program()).body().get("id").asText();
        api.call(ana, "POST /programs/{programId}/registrations", Map.of("programId", programId), signUp("mentee"));
        new RelationshipStore(api.table).start(new Relationship("rel_erase1", programId, "mentor-1", List.of("ana"),
                ProgramFormat.ONE_TO_ONE, RelationshipStatus.ACTIVE, api.clock.instant(), null, null, List.of("Grow")), null, List.of());

        Response erased = api.call(ana, "DELETE /me", Map.of(), null);
        assertEquals(200, erased.status(), erased.toString());

        List<Published> announced = api.events.events.stream().filter(e -> e.detailType().equals("PersonErased")).toList();
        assertEquals(1, announced.size());
        JsonNode d = announced.get(0).detail();
        assertEquals("pairwise.signup", announced.get(0).source());
        assertEquals("ana", d.get("personId").asText());
        assertEquals(erased.body().get("erasureId").asText(), d.get("erasureId").asText());
        assertTrue(d.get("pseudonym").asText().startsWith("erased_"), d.toString());
        assertNotEquals("ana", d.get("pseudonym").asText());
        assertEquals(api.clock.instant().toString(), d.get("erasedAt").asText());
        assertEquals(programId, d.get("programIds").get(0).asText());
        assertEquals("rel_erase1", d.get("relationships").get(0).get("relationshipId").asText());
        assertEquals(programId, d.get("relationships").get(0).get("programId").asText());
        assertTrue(new OutboxStore(api.table).unsent(10).isEmpty(), "published, so cleared from the outbox");
        JsonNode sample = Json.MAPPER.readTree(Files.readString(SignupHarness.repoRoot().resolve("events/matching/person-erased.json")));
        assertEquals(fields(sample.get("detail")), fields(d), "subscribers code against the sample");
        assertEquals(sample.get("detail-type").asText(), announced.get(0).detailType());
    }

    private static java.util.Set<String> fields(JsonNode o) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void anUnreachableBusLeavesTheEventInTheOutboxForTheDrainEvenWithNothingToWithdraw() {
        api.events.failing(true);
        Response erased = api.call(ana, "DELETE /me", Map.of(), null);
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(0, erased.body().get("registrationsRemoved").asInt());

        var unsent = new OutboxStore(api.table).unsent(10);
        assertEquals(1, unsent.size());
        assertEquals("PersonErased", unsent.get(0).detailType());
        api.events.failing(false);
        new EventRelay(new OutboxStore(api.table), api.events, new PrintStream(OutputStream.nullOutputStream())).drain();
        assertEquals(1, api.events.events.stream().filter(e -> e.detailType().equals("PersonErased")).count());
    }
}
