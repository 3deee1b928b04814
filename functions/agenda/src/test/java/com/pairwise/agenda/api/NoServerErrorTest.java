package com.pairwise.agenda.api;

import static com.pairwise.agenda.api.PairFixture.MENTOR;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.AgendaHarness.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No input produces a 5xx: every route, hostile ids, bodies and query values. */
class NoServerErrorTest {
    private final PairFixture f = new PairFixture();

    @Test
    void hostileInputsGetFourHundreds() {
        String meeting = f.schedule(MENTOR, "2026-12-01T09:00:00Z").body().get("id").asText();
        List<String> bodies = List.of("", "null", "[]", "{", "{\"start\":null}", "{\"start\":12}", "{\"status\":\"held\",\"actionItems\":[1,{}]}",
                "{\"videoLink\":null,\"place\":null}", "{\"completedActionItems\":[null]}", "{\"language\":\"en\",\"sessions\":[{}],\"translations\":[{\"sessions\":7}]}",
                "{\"language\":\"english\",\"sessions\":\"x\"}", "{\"durationMinutes\":1e309}");
        List<String> ids = List.of(meeting, "mtg_missing", "../../etc", "a#b", "x".repeat(300), f.pair.id(), f.programId);
        for (String route : f.api.handler.routeKeys()) {
            for (String id : ids) {
                for (String body : bodies) {
                    Map<String, String> path = Map.of("meetingId", id, "relationshipId", id, "programId", id);
                    Map<String, String> params = new java.util.HashMap<>();
                    for (String name : path.keySet()) {
                        if (route.contains("{" + name + "}")) {
                            params.put(name, path.get(name));
                        }
                    }
                    Response r = f.api.call(MENTOR, route, params, Map.of("language", "zz"), body);
                    assertTrue(r.status() < 500, route + " " + id + " " + body + " -> " + r);
                }
            }
        }
    }
}
