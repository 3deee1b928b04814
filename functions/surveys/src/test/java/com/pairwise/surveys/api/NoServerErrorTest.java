package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.surveys.SurveysHarness.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile ids, queries and bodies on every route get a 4xx, never a 5xx. */
class NoServerErrorTest {
    private static final List<String> IDS = List.of("", " ", "a#b", "SURVEY#x", "../../etc", "x".repeat(300), "svi_\u0000", "%00", "prg_é");
    private static final List<Object> BODIES = List.of("", "null", "[]", "{", "\"text\"", "{\"answers\":null}", "{\"answers\":[]}",
            "{\"answers\":{\"q1\":1e400,\"q2\":{\"a\":{\"b\":1}},\"q3\":[1,null],\"q4\":true}}",
            "{\"answers\":{\"q1\":99999999999999999999999}}", "{\"answers\":{\"q1\":{\"negotiation\":\"x\"}}}",
            "{\"editWindowHours\":\"1\",\"surveys\":[null,1,{\"trigger\":[]}]}", "{\"editWindowHours\":1,\"surveys\":{}}",
            "{\"editWindowHours\":1,\"version\":-1,\"surveys\":[{\"id\":\"a\",\"template\":\"nps\",\"anonymous\":\"yes\",\"trigger\":{\"on\":\"relationship_started\",\"afterDays\":1.5}}]}");

    @Test
    void everyRouteAnswersGarbageWithA4xx() {
        SurveysHarness h = new SurveysHarness();
        Program program = h.program("prg_fuzz", "coord-1", ProgramFormat.ONE_TO_ONE);
        h.register(program, "mentor-1", Role.MENTOR, "North", "en", List.of());
        h.register(program, "mentee-1", Role.MENTEE, "North", "en", List.of("negotiation"));
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), h.clock.instant());
        String real = h.surveysOf("mentee-1", null).get(0);

        List<String> failures = new ArrayList<>();
        for (String route : h.handler.routeKeys()) {
            List<String> ids = new ArrayList<>(IDS);
            ids.add(route.contains("{instanceId}") ? real : program.id());
            for (String id : ids) {
                Map<String, String> path = new HashMap<>();
                if (route.contains("{programId}")) {
                    path.put("programId", id);
                }
                if (route.contains("{instanceId}")) {
                    path.put("instanceId", id);
                }
                for (Object body : route.startsWith("GET") ? List.<Object>of("") : BODIES) {
                    for (Map<String, String> query : List.of(Map.<String, String>of(), Map.of("lang", "\u0000", "status", "x".repeat(500),
                            "limit", "-1", "cursor", "svi_x#y"))) {
                        for (String who : List.of("coord-1", "mentee-1")) {
                            Response r = h.call(who, List.of(), route, path, query, body.equals("") ? null : body);
                            if (r.status() >= 500) {
                                failures.add(route + " id=" + id + " body=" + body + " -> " + r);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void unreadableEventsAreDroppedNotRetriedForever() {
        SurveysHarness h = new SurveysHarness();
        var event = SurveysHarness.sampleEvent("relationship-started.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("detail")).put("startedAt", "yesterday").put("mentorId", "a#b");
        h.invokeEvent(event); // no exception: logged and dropped
        assertTrue(h.log.toString().contains("unreadable detail"), h.log.toString());
    }
}
