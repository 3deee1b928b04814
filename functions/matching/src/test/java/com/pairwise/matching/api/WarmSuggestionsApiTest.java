package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.Keys;
import com.pairwise.shared.store.MatchingVersion;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.TableDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Suggestions come from a program index kept warm in the handler; every change of who may be suggested (a mentor
 * filling up, withdrawing, joining, taking more, a relationship ending) shows in the very next request.
 */
class WarmSuggestionsApiTest {
    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.evergreen(ProgramFormat.ONE_TO_ONE);
    private final Map<String, String> in = Map.of("programId", program.id());
    private final RegistrationStore registrations = new RegistrationStore(api.table);

    /** Suggested mentor id to their free places. */
    private Map<String, Integer> suggested(String who) {
        Response r = api.call(Person.user(who), "GET /programs/{programId}/suggestions", in, null);
        assertEquals(200, r.status(), r.toString());
        Map<String, Integer> out = new TreeMap<>();
        r.body().get("items").forEach(i -> out.put(i.get("userId").asText(), i.get("freePlaces").asInt()));
        return out;
    }

    private JsonNode call(String who, String route, Map<String, String> path, Object body, int status) {
        Response r = api.call(Person.user(who), route, path, body);
        assertEquals(status, r.status(), r.toString());
        return r.body();
    }

    private void capacity(String mentorId, int capacity) {
        Registration before = registrations.get(program.id(), mentorId).orElseThrow();
        registrations.update(before, new Registration(before.programId(), before.userId(), before.role(), before.status(),
                MatchingHarness.profile("Mentor " + mentorId, "lead", List.of("Sales"), List.of(), capacity),
                before.registeredAt(), before.updatedAt(), before.version()));
    }

    @Test
    void theNextRequestSeesEveryChangeOfWhoMayBeSuggested() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentor(program, "bea", 2, "Sales");
        api.mentee(program, "me", "Sales");
        api.mentee(program, "other", "Sales");
        assertEquals(Map.of("ana", 1, "bea", 2), suggested("me"));

        String request = call("other", "POST /programs/{programId}/match-requests", in, Map.of("mentorId", "ana"), 201).get("id").asText();
        String relationship = call("ana", "POST /match-requests/{requestId}/accept", Map.of("requestId", request), null, 201)
                .get("id").asText();
        assertEquals(Map.of("bea", 2), suggested("me"), "ana is full now");

        registrations.withdraw(registrations.get(program.id(), "bea").orElseThrow(), program, api.clock.instant());
        assertEquals(Map.of(), suggested("me"), "bea withdrew");

        api.mentor(program, "cy", 1, "Sales");
        assertEquals(Map.of("cy", 1), suggested("me"), "cy joined");

        capacity("cy", 3);
        assertEquals(Map.of("cy", 3), suggested("me"), "cy takes more");

        call("ana", "POST /relationships/{relationshipId}/end", Map.of("relationshipId", relationship), null, 200);
        assertEquals(Map.of("ana", 1, "cy", 3), suggested("me"), "ana has room again");
        assertEquals(Map.of("cy", 3), suggested("other"), "but is never proposed to other again");
    }

    @Test
    void anUnchangedProgramIsServedFromMemoryAndRebuiltAfterTenMinutesAtTheLatest() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentee(program, "me", "Sales");
        assertEquals(Map.of("ana", 1), suggested("me"));

        // A write that bypassed the stores (the version put back as it was): the warm index does not know of it...
        MatchingVersion.Versions versions = new MatchingVersion(api.table).current(program.id());
        api.mentor(program, "dan", 1, "Sales");
        api.table.dynamo().putItem(b -> b.tableName(api.table.name()).item(Map.of(
                TableDefinition.PK, AttributeValue.fromS(Keys.program(program.id())), TableDefinition.SK, AttributeValue.fromS("MATCHVERSION"),
                "type", AttributeValue.fromS("matchingVersion"),
                "registrations", AttributeValue.fromN(Long.toString(versions.registrations())),
                "relationships", AttributeValue.fromN(Long.toString(versions.relationships())))));
        assertEquals(Map.of("ana", 1), suggested("me"), "same version: served from the warm index");

        // ... until the index ages out.
        api.clock.advance(Duration.ofMinutes(11));
        assertEquals(Map.of("ana", 1, "dan", 1), suggested("me"));
    }

    @Test
    void peersAlreadyPairedAreNotSuggestedAndComeBackWhenTheirPairEnds() {
        Program peers = api.evergreen(ProgramFormat.PEER);
        for (String p : List.of("pa", "pb", "pc")) {
            api.register(peers, p, com.pairwise.shared.model.Role.PEER,
                    MatchingHarness.profile("Peer " + p, "mid", List.of("Sales"), List.of("Sales"), null));
        }
        Map<String, String> at = Map.of("programId", peers.id());
        Response before = api.call(Person.user("pa"), "GET /programs/{programId}/suggestions", at, null);
        assertEquals(2, before.body().get("items").size(), before.toString());
        String relationship = call("coord", "POST /programs/{programId}/relationships", at, Map.of("mentorId", "pb", "menteeId", "pc"), 201)
                .get("id").asText();
        Response paired = api.call(Person.user("pa"), "GET /programs/{programId}/suggestions", at, null);
        assertEquals(0, paired.body().get("items").size(), paired.toString());
        call("pb", "POST /relationships/{relationshipId}/end", Map.of("relationshipId", relationship), null, 200);
        Response after = api.call(Person.user("pa"), "GET /programs/{programId}/suggestions", at, null);
        assertEquals(2, after.body().get("items").size(), after.toString());
        assertEquals(1, api.call(Person.user("pb"), "GET /programs/{programId}/suggestions", at, null).body().get("items").size(),
                "pb's past partner pc is left out");
    }
}
