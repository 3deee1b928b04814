package com.pairwise.matching.api;

import static com.pairwise.matching.api.SelfMatchingApiTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.WaitlistStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A place freed by an ending relationship is offered to the best-fitting person a run left waiting. */
class WaitlistOffersApiTest {
    private final MatchingHarness api = new MatchingHarness();
    private final Program program = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
    private final Person coord = Person.user("coord");

    @Test
    void endingOffersTheFreedPlaceToTheBestFitWhoWaits() {
        api.mentor(program, "ana", 1, "Negotiation", "Sales");
        api.mentee(program, "bo", "Negotiation", "Sales");
        api.mentee(program, "cy", "Sales");
        api.mentee(program, "di", "Negotiation", "Sales");
        String runId = api.call(coord, "POST /programs/{programId}/matching-runs", Map.of("programId", program.id()), null)
                .body().get("id").asText();
        ObjectNode job = MatchingHarness.sampleEvent("matching-run-requested.json");
        ((ObjectNode) job.get("detail")).put("runId", runId);
        api.invoke(job);
        assertEquals(202, api.call(coord, "POST /matching-runs/{runId}/commit", Map.of("runId", runId), null).status());
        api.deliverJobs();
        JsonNode committed = api.call(coord, "GET /matching-runs/{runId}", Map.of("runId", runId), null).body();
        String matchedMentee = committed.get("pairs").get(0).get("menteeId").asText();
        assertEquals(2, committed.get("commit").get("waitlisted").asInt(), committed.toString());
        List<WaitlistStore.Waiting> waiting = new WaitlistStore(api.table).list(program.id());
        assertEquals(2, waiting.size());
        assertEquals("no_capacity", waiting.get(0).rule());

        String relId = new RelationshipStore(api.table).byProgram(program.id()).get(0).id();
        assertEquals(200, api.call(Person.user("ana"), "POST /relationships/{relationshipId}/end", Map.of("relationshipId", relId), null).status());

        JsonNode received = api.call(Person.user("ana"), "GET /me/match-requests", Map.of(), null).body().get("received");
        assertEquals(1, received.size(), received.toString());
        JsonNode offer = received.get(0);
        assertEquals("waitlist_offer", offer.get("origin").asText());
        String expected = matchedMentee.equals("bo") ? "di" : "bo";
        assertEquals(expected, offer.get("menteeId").asText(), "the waiting mentee who fits best, not the one who wants less");
        assertTrue(offer.get("reasons").size() > 0);
        assertEquals(1, api.call(Person.user(expected), "GET /me/match-requests", Map.of(), null).body().get("sent").size());
        var announced = api.events.ofType("MatchRequested");
        assertEquals(1, announced.size(), "the offer is announced so reminders nudge the mentor");
        assertEquals(offer.get("id").asText(), announced.get(0).detail().get("requestId").asText());
        assertEquals("waitlist_offer", announced.get(0).detail().get("origin").asText());
        assertEquals(expected, announced.get(0).detail().get("menteeId").asText());

        Response accepted = api.call(Person.user("ana"), "POST /match-requests/{requestId}/accept", Map.of("requestId", offer.get("id").asText()), null);
        assertEquals(201, accepted.status(), accepted.toString());
        assertEquals(List.of(expected), ids(accepted.body().get("menteeIds"), null));
        assertEquals(List.of("cy"), new WaitlistStore(api.table).list(program.id()).stream().map(WaitlistStore.Waiting::userId).toList(),
                "the one matched leaves the waiting list");
    }

    @Test
    void aMentorWhoTakesMoreIsOfferedThatManyWaitingPeopleOnceEvenIfTheEventComesTwice() {
        api.mentor(program, "demo-mentor-1", 1, "Negotiation", "Sales");
        api.mentee(program, "bo", "Negotiation", "Sales");
        api.mentee(program, "cy", "Sales");
        api.mentee(program, "di", "Negotiation", "Sales");
        api.mentee(program, "ed", "Sales");
        String runId = api.call(coord, "POST /programs/{programId}/matching-runs", Map.of("programId", program.id()), null)
                .body().get("id").asText();
        ObjectNode job = MatchingHarness.sampleEvent("matching-run-requested.json");
        ((ObjectNode) job.get("detail")).put("runId", runId);
        api.invoke(job);
        assertEquals(202, api.call(coord, "POST /matching-runs/{runId}/commit", Map.of("runId", runId), null).status());
        api.deliverJobs();
        assertEquals(3, new WaitlistStore(api.table).list(program.id()).size());
        Person mentor = Person.user("demo-mentor-1");
        assertEquals(0, api.call(mentor, "GET /me/match-requests", Map.of(), null).body().get("received").size());

        // What signup stores and announces when the mentor raises their capacity from 1 to 3.
        RegistrationStore registrations = new RegistrationStore(api.table);
        Registration before = registrations.get(program.id(), "demo-mentor-1").orElseThrow();
        registrations.update(before, new Registration(before.programId(), before.userId(), before.role(), before.status(),
                MatchingHarness.profile("Mentor demo-mentor-1", "lead", List.of("Negotiation", "Sales"), List.of(), 3),
                before.registeredAt(), before.updatedAt(), before.version()));
        ObjectNode raised = MatchingHarness.sampleEvent("mentor-capacity-changed.json");
        ((ObjectNode) raised.get("detail")).put("programId", program.id());
        api.invoke(raised);

        JsonNode received = api.call(mentor, "GET /me/match-requests", Map.of(), null).body().get("received");
        assertEquals(2, received.size(), "two new places: " + received);
        List<String> offered = ids(received, "menteeId");
        String matched = api.call(coord, "GET /matching-runs/{runId}", Map.of("runId", runId), null)
                .body().get("pairs").get(0).get("menteeId").asText();
        assertTrue(offered.contains(matched.equals("bo") ? "di" : "bo"), "the best fit who waits comes first: " + offered);
        assertTrue(!offered.contains(matched), offered.toString());
        received.forEach(r -> assertEquals("waitlist_offer", r.get("origin").asText()));
        assertEquals(2, api.events.ofType("MatchRequested").size());

        api.invoke(raised);
        assertEquals(2, api.call(mentor, "GET /me/match-requests", Map.of(), null).body().get("received").size(),
                "a redelivered event offers nothing twice");

        ((ObjectNode) raised.get("detail")).put("capacity", 1).put("previousCapacity", 3);
        api.invoke(raised);
        assertEquals(2, api.events.ofType("MatchRequested").size(), "a lowered capacity offers nothing");
    }

    /** An evergreen program where a run left two people waiting for ana (capacity 1); returns the better fit of them. */
    private String evergreenWithTwoWaiting(Program evergreen) {
        api.mentor(evergreen, "ana", 1, "Negotiation", "Sales");
        api.mentee(evergreen, "bo", "Negotiation", "Sales");
        api.mentee(evergreen, "cy", "Sales");
        api.mentee(evergreen, "di", "Negotiation", "Sales");
        String runId = api.call(coord, "POST /programs/{programId}/matching-runs", Map.of("programId", evergreen.id()), null)
                .body().get("id").asText();
        api.deliverJobs();
        assertEquals(202, api.call(coord, "POST /matching-runs/{runId}/commit", Map.of("runId", runId), null).status());
        api.deliverJobs();
        String matched = api.call(coord, "GET /matching-runs/{runId}", Map.of("runId", runId), null)
                .body().get("pairs").get(0).get("menteeId").asText();
        assertEquals(2, new WaitlistStore(api.table).list(evergreen.id()).size());
        return matched.equals("bo") ? "di" : "bo";
    }

    /** What signup stores when ana takes one more mentee... */
    private void raiseAna(Program evergreen) {
        RegistrationStore registrations = new RegistrationStore(api.table);
        Registration before = registrations.get(evergreen.id(), "ana").orElseThrow();
        registrations.update(before, new Registration(before.programId(), before.userId(), before.role(), before.status(),
                MatchingHarness.profile("Mentor ana", "lead", List.of("Negotiation", "Sales"), List.of(), 2),
                before.registeredAt(), before.updatedAt(), before.version()));
    }

    /** ... and the event matching then receives. */
    private void announceRaise(Program evergreen) {
        ObjectNode raised = MatchingHarness.sampleEvent("mentor-capacity-changed.json");
        ((ObjectNode) raised.get("detail")).put("programId", evergreen.id()).put("mentorId", "ana").put("capacity", 2)
                .put("previousCapacity", 1);
        api.invoke(raised);
    }

    private List<JsonNode> open(String who, String side) {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode r : api.call(Person.user(who), "GET /me/match-requests", Map.of(), null).body().get(side)) {
            if (r.get("status").asText().equals("pending")) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void aPlaceSomeoneWaitingAskedForThemselvesIsNotOfferedAgain() {
        Program evergreen = api.evergreen(ProgramFormat.ONE_TO_ONE);
        String best = evergreenWithTwoWaiting(evergreen);
        raiseAna(evergreen);
        // Before matching hears of the raise, the best fit who waits sees ana's new place and asks for it.
        assertEquals(201, api.call(Person.user(best), "POST /programs/{programId}/match-requests", Map.of("programId", evergreen.id()),
                Map.of("mentorId", "ana")).status());

        announceRaise(evergreen);
        List<JsonNode> toAna = open("ana", "received");
        assertEquals(1, toAna.size(), "one new place, one open request for it: " + toAna);
        assertEquals(best, toAna.get(0).get("menteeId").asText());
        assertEquals("mentee", toAna.get(0).get("origin").asText());
        assertEquals(1, api.events.ofType("MatchRequested").size(), "no offer was made");
    }

    @Test
    void someoneWaitingOnTheirOwnRequestElsewhereIsPassedOverForTheNext() {
        Program evergreen = api.evergreen(ProgramFormat.ONE_TO_ONE);
        String best = evergreenWithTwoWaiting(evergreen);
        api.mentor(evergreen, "bea", 1, "Sales");
        assertEquals(201, api.call(Person.user(best), "POST /programs/{programId}/match-requests", Map.of("programId", evergreen.id()),
                Map.of("mentorId", "bea")).status());

        raiseAna(evergreen);
        announceRaise(evergreen);
        List<JsonNode> toAna = open("ana", "received");
        assertEquals(1, toAna.size(), toAna.toString());
        assertEquals("waitlist_offer", toAna.get(0).get("origin").asText());
        assertEquals("cy", toAna.get(0).get("menteeId").asText(), "the next who waits, not " + best + " who awaits bea's answer");
        assertEquals(1, open(best, "sent").size(), "still only their own request");
    }
}
