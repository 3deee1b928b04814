package com.pairwise.signup.api;

import static com.pairwise.signup.Bodies.program;
import static com.pairwise.signup.Bodies.signUp;
import static com.pairwise.signup.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mentor who changes their capacity is announced (MentorCapacityChanged), so matching can offer a place that opened. */
class MentorCapacityEventTest {
    private final SignupHarness api = new SignupHarness();
    private final Person ana = Person.user("ana");
    private String programId;

    private Response patch(Person who, Object body) {
        return api.call(who, "PATCH /programs/{programId}/registrations/me", Map.of("programId", programId), body);
    }

    private void programWith(String role) {
        Response p = api.call(Person.admin("admin-1"), "POST /programs", Map.of(), with(program(), "defaultMentorCapacity", 2));
        programId = p.body().get("id").asText();
        assertEquals(201, api.call(ana, "POST /programs/{programId}/registrations", Map.of("programId", programId),
                // complete, so the only events are the capacity's (an incomplete one also asks for a reminder)
                with(with(signUp(role), "goals", "Grow"), "skillsOffered", java.util.List.of("Negotiation"))).status());
    }

    @Test
    void raisingTheCapacityIsAnnouncedAndOtherEditsAreNot() {
        programWith("mentor");
        assertEquals(200, patch(ana, Map.of("goals", "Coach two people this year")).status());
        assertEquals(200, patch(ana, Map.of("capacity", 2)).status(), "the same figure is no change");
        assertTrue(api.events.events.isEmpty(), api.events.events.toString());

        Response raised = patch(ana, Map.of("capacity", 4));
        assertEquals(200, raised.status(), raised.toString());
        assertEquals(1, api.events.events.size());
        var e = api.events.events.get(0);
        assertEquals("pairwise.signup", e.source());
        assertEquals("MentorCapacityChanged", e.detailType());
        JsonNode d = e.detail();
        assertEquals(programId, d.get("programId").asText());
        assertEquals("ana", d.get("mentorId").asText());
        assertEquals(4, d.get("capacity").asInt());
        assertEquals(2, d.get("previousCapacity").asInt());
        assertTrue(new OutboxStore(api.table).unsent(10).isEmpty(), "sent, so cleared from the outbox");
    }

    @Test
    void aMenteesEditsAnnounceNothing() {
        programWith("mentee");
        assertEquals(200, patch(ana, Map.of("goals", "Negotiate my first budget")).status());
        assertTrue(api.events.events.isEmpty());
    }

    @Test
    void anAnnouncementTheBusRefusesStaysInTheSharedOutboxAndTheEditStands() {
        programWith("mentor");
        api.events.failing(true);
        Response raised = patch(ana, Map.of("capacity", 3));
        assertEquals(200, raised.status(), raised.toString());
        assertEquals(3, api.call(ana, "GET /programs/{programId}/registrations/me", Map.of("programId", programId), null)
                .body().get("capacity").asInt());
        var left = new OutboxStore(api.table).unsent(10);
        assertEquals(1, left.size(), "the matching function's outbox drain sends it later");
        assertEquals("MentorCapacityChanged", left.get(0).detailType());
    }
}
