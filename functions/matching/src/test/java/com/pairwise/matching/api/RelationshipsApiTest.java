package com.pairwise.matching.api;

import static com.pairwise.matching.api.SelfMatchingApiTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.OutboxStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coordinators pair by hand; either side or a coordinator ends a relationship; events follow. */
class RelationshipsApiTest {
    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.evergreen(ProgramFormat.ONE_TO_ONE);
    private final Map<String, String> in = Map.of("programId", program.id());

    private Response pair(Person who, Object body) {
        return api.call(who, "POST /programs/{programId}/relationships", in, body);
    }

    private Response end(Person who, String id, Object body) {
        return api.call(who, "POST /relationships/{relationshipId}/end", Map.of("relationshipId", id), body);
    }

    @Test
    void aCoordinatorPairsOverridingRulesButNotCapacityUnlessAskedTo() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentee(program, "bo", "Sales");
        Profile french = new Profile("Cy", "cy@example.com", List.of("fr"), "Europe/Paris", "FR", "EMEA", "Ops", "junior",
                List.of(), List.of("Sales"), null, List.of(), null);
        api.register(program, "cy", Role.MENTEE, french);

        assertEquals(403, pair(Person.user("bo"), Map.of("mentorId", "ana", "menteeId", "bo")).status());
        Response first = pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "cy"));
        assertEquals(201, first.status(), first.toString());
        assertEquals(List.of("cy: language"), ids(first.body().get("overriddenRules"), null));
        assertEquals("/relationships/" + first.body().get("id").asText(), first.headers().get("location").asText());

        Response full = pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "bo"));
        assertEquals(409, full.status());
        assertEquals("mentor-full", full.code());
        Response overridden = pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "bo", "overrideCapacity", true));
        assertEquals(201, overridden.status(), overridden.toString());
        assertEquals("already-matched", pair(Person.admin("root"), Map.of("mentorId", "ana", "menteeId", "bo", "overrideCapacity", true)).code());
        assertEquals(2, api.events.ofType("RelationshipStarted").size());
    }

    @Test
    void badPairingsAreNamed() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentee(program, "bo", "Sales");
        Response none = pair(Person.user("coord"), Map.of());
        assertEquals(400, none.status());
        assertEquals(List.of("mentorId", "menteeId"), none.errorFields());
        assertEquals(List.of("overrideCapacity"), pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "bo", "overrideCapacity", "yes")).errorFields());
        assertEquals(List.of("menteeIds"), pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeIds", List.of("bo", "cy"))).errorFields());
        assertEquals(List.of("mentorId"), pair(Person.user("coord"), Map.of("mentorId", "a/b", "menteeId", "bo")).errorFields());
        assertEquals("self-request", pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "ana")).code());
        assertEquals("not-in-program", pair(Person.user("coord"), Map.of("mentorId", "bo", "menteeId", "ana")).code());
        assertEquals(400, pair(Person.user("coord"), "not json").status());
    }

    @Test
    void endingFreesBothPeopleNeverProposesThePairAgainAndPublishesTheEnd() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentor(program, "bea", 1, "Sales");
        api.mentee(program, "bo", "Sales");
        String id = pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "bo")).body().get("id").asText();

        assertEquals(403, end(Person.user("bea"), id, null).status());
        assertEquals(List.of("reason"), end(Person.user("bo"), id, Map.of("reason", 5)).errorFields());
        Response ended = end(Person.user("bo"), id, Map.of("reason", "moved teams"));
        assertEquals(200, ended.status(), ended.toString());
        assertEquals("ended", ended.body().get("status").asText());
        assertEquals("moved teams", ended.body().get("endReason").asText());
        assertEquals("relationship-ended", end(Person.user("ana"), id, null).code());

        var events = api.events.ofType("RelationshipEnded");
        assertEquals(1, events.size());
        assertEquals("moved teams", events.get(0).detail().get("reason").asText());
        assertEquals("bo", events.get(0).detail().get("endedBy").asText());
        assertEquals(ended.body().get("endedAt").asText(), events.get(0).detail().get("endedAt").asText());

        List<String> suggested = ids(api.call(Person.user("bo"), "GET /programs/{programId}/suggestions", in, null).body().get("items"), "userId");
        assertEquals(List.of("bea"), suggested, "bo is matchable again, but never with ana");
        assertEquals("not-eligible", api.call(Person.user("bo"), "POST /programs/{programId}/match-requests", in, Map.of("mentorId", "ana")).code());
        api.mentee(program, "cy", "Sales");
        assertEquals(201, pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "cy")).status(), "ana's place is free again");
    }

    @Test
    void anEventTheBusRefusesStaysInTheOutboxAndTheChangeStands() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentee(program, "bo", "Sales");
        api.events.failing(true);
        Response r = pair(Person.user("coord"), Map.of("mentorId", "ana", "menteeId", "bo"));
        assertEquals(201, r.status(), r.toString());
        assertEquals(1, new OutboxStore(api.table).unsent(10).size());
        assertTrue(api.log.toString().contains("event left in outbox"));
        assertFalse(api.log.toString().contains("bo@example.com"));
        api.events.failing(false);
        end(Person.user("ana"), r.body().get("id").asText(), null);
        assertEquals(1, api.events.ofType("RelationshipEnded").size());
        assertEquals(1, new OutboxStore(api.table).unsent(10).size(), "the earlier event waits for a drain");
    }

    @Test
    void aGroupMentorLeadsUpToTheirCapacity() {
        Program group = api.evergreen(ProgramFormat.GROUP);
        Map<String, String> at = Map.of("programId", group.id());
        api.mentor(group, "ana", 3, "Sales");
        for (String m : List.of("bo", "cy", "di", "ed")) {
            api.mentee(group, m, "Sales");
        }
        Response two = api.call(Person.user("coord"), "POST /programs/{programId}/relationships", at, Map.of("mentorId", "ana", "menteeIds", List.of("bo", "cy")));
        assertEquals(201, two.status(), two.toString());
        String req = api.call(Person.user("di"), "POST /programs/{programId}/match-requests", at, Map.of("mentorId", "ana")).body().get("id").asText();
        Response joined = api.call(Person.user("ana"), "POST /match-requests/{requestId}/accept", Map.of("requestId", req), null);
        assertEquals(201, joined.status(), joined.toString());
        assertEquals(two.body().get("id").asText(), joined.body().get("id").asText(), "di joins ana's group");
        assertEquals(List.of("bo", "cy", "di"), ids(joined.body().get("menteeIds"), null));
        assertEquals("mentor-full", api.call(Person.user("ed"), "POST /programs/{programId}/match-requests", at, Map.of("mentorId", "ana")).code());
    }
}
