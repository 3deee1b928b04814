package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.store.OutboxStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mentee asks for suggestions, sends requests; mentors accept or decline; requests expire. */
class SelfMatchingApiTest {
    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.evergreen(ProgramFormat.ONE_TO_ONE);
    private final Map<String, String> in = Map.of("programId", program.id());

    private Response suggestions(String who) {
        return api.call(Person.user(who), "GET /programs/{programId}/suggestions", in, null);
    }

    private Response ask(String who, String mentor) {
        return api.call(Person.user(who), "POST /programs/{programId}/match-requests", in, Map.of("mentorId", mentor));
    }

    private Response answer(String who, String requestId, String verb) {
        return api.call(Person.user(who), "POST /match-requests/{requestId}/" + verb, Map.of("requestId", requestId), null);
    }

    @Test
    void suggestionsAreRankedWithReasonsAndLeaveOutFullMentors() {
        api.mentor(program, "m-negotiation", 2, "Negotiation", "Sales");
        api.mentor(program, "m-sales", 2, "Sales");
        api.mentor(program, "m-full", 1, "Negotiation", "Sales", "Leadership");
        api.mentee(program, "other", "Leadership");
        api.call(Person.admin("admin"), "POST /programs/{programId}/relationships", in, Map.of("mentorId", "m-full", "menteeId", "other"));
        api.mentee(program, "me", "Negotiation", "Sales");

        Response r = suggestions("me");
        assertEquals(200, r.status(), r.toString());
        JsonNode items = r.body().get("items");
        assertEquals(List.of("m-negotiation", "m-sales"), ids(items, "userId"));
        assertTrue(items.get(0).get("score").asInt() > items.get(1).get("score").asInt());
        assertTrue(items.get(0).get("reasons").toString().contains("Negotiation"), items.toString());
        assertEquals("Mentor m-negotiation", items.get(0).get("displayName").asText());
        assertEquals(2, items.get(0).get("freePlaces").asInt());
    }

    @Test
    void aRequestIsAnnouncedForRemindersAndTheAnnouncementSurvivesAnUnreachableBus() {
        api.mentor(program, "ana", 2, "Sales");
        api.mentor(program, "bea", 2, "Sales");
        api.mentee(program, "me", "Sales");
        Response toAna = ask("me", "ana");
        assertEquals(201, toAna.status(), toAna.toString());
        var requested = api.events.ofType("MatchRequested");
        assertEquals(1, requested.size());
        JsonNode d = requested.get(0).detail();
        assertEquals("pairwise.matching", requested.get(0).source());
        assertEquals(toAna.body().get("id").asText(), d.get("requestId").asText());
        assertEquals(program.id(), d.get("programId").asText());
        assertEquals("me", d.get("menteeId").asText());
        assertEquals("ana", d.get("mentorId").asText());
        assertEquals("mentee", d.get("origin").asText());
        assertEquals(toAna.body().get("createdAt").asText(), d.get("createdAt").asText());
        assertEquals("2026-12-07T10:00:00Z", d.get("expiresAt").asText());
        assertTrue(new OutboxStore(api.table).unsent(10).isEmpty(), "sent, so cleared from the outbox");

        api.events.failing(true);
        assertEquals(201, ask("me", "bea").status());
        var left = new OutboxStore(api.table).unsent(10);
        assertEquals(1, left.size(), "written with the request, kept for a later drain");
        assertEquals("MatchRequested", left.get(0).detailType());
        assertEquals(409, ask("me", "bea").status());
        assertEquals(1, new OutboxStore(api.table).unsent(10).size(), "a refused request announces nothing");
    }

    @Test
    void onlyRegisteredMenteesAskAndBadLimitsAreNamed() {
        api.mentor(program, "mentor", 2, "Sales");
        assertEquals(403, suggestions("mentor").status(), "a mentor does not ask for mentors");
        assertEquals(403, suggestions("stranger").status());
        api.mentee(program, "me", "Sales");
        Response bad = api.call(Person.user("me"), "GET /programs/{programId}/suggestions", in, Map.of("limit", "lots"), null);
        assertEquals(400, bad.status());
        assertEquals(List.of("limit"), bad.errorFields());
        assertEquals(404, api.call(Person.user("me"), "GET /programs/{programId}/suggestions", Map.of("programId", "prg_nope"), null).status());
    }

    @Test
    void acceptingStartsTheRelationshipCancelsOtherRequestsAndPublishesTheStart() {
        api.mentor(program, "ana", 2, "Sales");
        api.mentor(program, "bea", 2, "Sales");
        api.mentee(program, "me", "Sales");
        Response toAna = ask("me", "ana");
        assertEquals(201, toAna.status(), toAna.toString());
        assertEquals("pending", toAna.body().get("status").asText());
        assertEquals("2026-12-07T10:00:00Z", toAna.body().get("expiresAt").asText(), "14 days by default");
        Response toBea = ask("me", "bea");
        assertEquals(201, toBea.status());

        Response accepted = answer("ana", toAna.body().get("id").asText(), "accept");
        assertEquals(201, accepted.status(), accepted.toString());
        String relId = accepted.body().get("id").asText();
        assertEquals("ana", accepted.body().get("mentorId").asText());
        assertEquals(List.of("me"), ids(accepted.body().get("menteeIds"), null));
        assertEquals(List.of("get better at negotiation"), ids(accepted.body().get("goals"), null));

        Response other = api.call(Person.user("me"), "GET /match-requests/{requestId}", Map.of("requestId", toBea.body().get("id").asText()), null);
        assertEquals("cancelled", other.body().get("status").asText());
        assertEquals(409, answer("bea", toBea.body().get("id").asText(), "accept").status());

        var started = api.events.ofType("RelationshipStarted");
        assertEquals(1, started.size());
        assertEquals("pairwise.matching", started.get(0).source());
        assertEquals(relId, started.get(0).detail().get("relationshipId").asText());
        assertEquals(program.id(), started.get(0).detail().get("programId").asText());
        assertEquals("ana", started.get(0).detail().get("mentorId").asText());
        assertEquals("me", started.get(0).detail().get("menteeIds").get(0).asText());

        assertEquals(200, api.call(Person.user("me"), "GET /relationships/{relationshipId}", Map.of("relationshipId", relId), null).status());
        assertEquals(200, api.call(Person.user("coord"), "GET /relationships/{relationshipId}", Map.of("relationshipId", relId), null).status());
        assertEquals(403, api.call(Person.user("bea"), "GET /relationships/{relationshipId}", Map.of("relationshipId", relId), null).status());
        assertEquals(404, api.call(Person.user("me"), "GET /relationships/{relationshipId}", Map.of("relationshipId", "rel_nope"), null).status());
        assertEquals(List.of(relId), ids(api.call(Person.user("ana"), "GET /me/relationships", Map.of(), null).body().get("items"), "id"));
        assertEquals(409, suggestions("me").status(), "a matched mentee gets no suggestions");
        assertEquals("already-matched", ask("me", "bea").code());
    }

    @Test
    void refusedRequestsSayWhy() {
        api.mentor(program, "ana", 1, "Sales");
        api.mentee(program, "me", "Sales");
        api.mentee(program, "you", "Sales");
        assertEquals("self-request", ask("me", "me").code());
        assertEquals("not-in-program", ask("me", "ghost").code());
        assertEquals("not-in-program", ask("me", "you").code(), "a mentee is not a mentor");
        assertEquals(201, ask("me", "ana").status());
        Response again = ask("me", "ana");
        assertEquals(409, again.status());
        assertEquals("duplicate-request", again.code());
        Response missing = api.call(Person.user("me"), "POST /programs/{programId}/match-requests", in, Map.of("message", "hi"));
        assertEquals(400, missing.status());
        assertEquals(List.of("mentorId"), missing.errorFields());
        Response unknown = api.call(Person.user("me"), "POST /programs/{programId}/match-requests", in, Map.of("mentorId", "ana", "x", 1));
        assertEquals(List.of("x"), unknown.errorFields());

        api.call(Person.admin("admin"), "POST /programs/{programId}/relationships", in, Map.of("mentorId", "ana", "menteeId", "you"));
        assertEquals("mentor-full", registerAndAsk("late", "ana").code());

        Program cohort = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
        api.mentor(cohort, "ana", 1, "Sales");
        api.mentee(cohort, "me", "Sales");
        assertEquals("not-self-matching", api.call(Person.user("me"), "POST /programs/{programId}/match-requests",
                Map.of("programId", cohort.id()), Map.of("mentorId", "ana")).code());
    }

    private Response registerAndAsk(String mentee, String mentor) {
        api.mentee(program, mentee, "Sales");
        return ask(mentee, mentor);
    }

    @Test
    void onlyTheMentorAnswersAndADeclineIsFinal() {
        api.mentor(program, "ana", 2, "Sales");
        api.mentee(program, "me", "Sales");
        String id = ask("me", "ana").body().get("id").asText();
        assertEquals(403, answer("me", id, "accept").status());
        assertEquals(403, answer("stranger", id, "decline").status());
        Response declined = answer("ana", id, "decline");
        assertEquals(200, declined.status(), declined.toString());
        assertEquals("declined", declined.body().get("status").asText());
        assertEquals("request-not-pending", answer("ana", id, "accept").code());
        assertEquals(201, ask("me", "ana").status(), "after a decline a new request may be sent");
        assertEquals(404, answer("ana", "mrq_nope", "accept").status());
    }

    @Test
    void anUnansweredRequestExpiresAfterTheProgramsDays() {
        api.mentor(program, "ana", 2, "Sales");
        api.mentee(program, "me", "Sales");
        String id = ask("me", "ana").body().get("id").asText();
        api.clock.advance(Duration.ofDays(14));
        Response late = answer("ana", id, "accept");
        assertEquals(409, late.status());
        assertEquals("request-expired", late.code());
        assertEquals("expired", api.call(Person.user("me"), "GET /match-requests/{requestId}", Map.of("requestId", id), null)
                .body().get("status").asText());
        assertEquals(201, ask("me", "ana").status(), "an expired request no longer blocks a new one");
    }

    @Test
    void anExpiredRequestDoesNotBlockANewOneEvenIfNobodyLookedAtIt() {
        api.mentor(program, "ana", 2, "Sales");
        api.mentee(program, "me", "Sales");
        ask("me", "ana");
        api.clock.advance(Duration.ofDays(15));
        assertEquals(201, ask("me", "ana").status());
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }

    @Test
    void aPeerAsksAPeerAndBothArePairedOnce() {
        Program peers = api.evergreen(ProgramFormat.PEER);
        Map<String, String> at = Map.of("programId", peers.id());
        api.register(peers, "zed", com.pairwise.shared.model.Role.PEER, MatchingHarness.profile("Zed", "mid", List.of("Sales"), List.of("Java"), null));
        api.register(peers, "amy", com.pairwise.shared.model.Role.PEER, MatchingHarness.profile("Amy", "mid", List.of("Java"), List.of("Sales"), null));
        api.register(peers, "bob", com.pairwise.shared.model.Role.PEER, MatchingHarness.profile("Bob", "mid", List.of("Java"), List.of("Sales"), null));
        Response s = api.call(Person.user("zed"), "GET /programs/{programId}/suggestions", at, null);
        assertEquals(List.of("amy", "bob"), ids(s.body().get("items"), "userId"));
        String id = api.call(Person.user("zed"), "POST /programs/{programId}/match-requests", at, Map.of("mentorId", "amy")).body().get("id").asText();
        Response rel = answer("amy", id, "accept");
        assertEquals(201, rel.status(), rel.toString());
        assertEquals("amy", rel.body().get("mentorId").asText(), "the peer whose id sorts first");
        assertEquals(List.of("zed"), ids(rel.body().get("menteeIds"), null));
        Response forBob = api.call(Person.user("bob"), "GET /programs/{programId}/suggestions", at, null);
        assertFalse(ids(forBob.body().get("items"), "userId").contains("amy"), "paired peers are not suggested");
    }
}
