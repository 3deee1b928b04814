package com.pairwise.signup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Json;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Response;
import org.junit.jupiter.api.Test;

/** The sample events in events/signup are real API Gateway events: each runs through the handler as Lambda would. */
class SampleEventsTest {
    private final SignupHarness api = new SignupHarness();

    private Response run(String name, String programId) throws Exception {
        String text = Json.MAPPER.writeValueAsString(SignupHarness.sampleEvent(name));
        return api.invoke(Json.MAPPER.readTree(programId == null ? text : text.replace("PROGRAM_ID", programId)));
    }

    @Test
    void theSampleEventsWalkThroughASignUp() throws Exception {
        Response created = run("create-program.json", null);
        assertEquals(201, created.status(), created.toString());
        String id = created.body().get("id").asText();

        Response registered = run("register-mentee.json", id);
        assertEquals(201, registered.status(), registered.toString());
        assertEquals("mentee1@example.com", registered.body().get("email").asText());

        assertEquals("Ana Souza", run("get-my-registration.json", id).body().get("displayName").asText());
        Response listed = run("list-registrations.json", id);
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(1, listed.body().get("items").size());
        assertEquals(1, run("export-my-data.json", null).body().get("registrations").size());
        assertEquals(200, run("erase-me.json", null).status());
        assertEquals(404, run("get-my-registration.json", id).status());
        assertEquals(401, run("no-identity.json", null).status());
    }

    @Test
    void aBase64BodyIsDecodedAsApiGatewaySendsIt() throws Exception {
        ObjectNode event = SignupHarness.sampleEvent("create-program.json");
        String body = event.get("body").asText();
        event.put("body", java.util.Base64.getEncoder().encodeToString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);
        assertEquals(201, api.invoke(event).status());
    }
}
