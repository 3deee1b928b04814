package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Person;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.shared.http.Json;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No input produces a 5xx: every matching route gets seeded garbage bodies, ids, parameters and identities. */
class NoServerErrorTest {
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "null", "{", "}", "[]", "[{}]", "{\"a\":", "\u0000",
            "\uD83D\uDE00", "'; DROP TABLE x; --", "../../etc/passwd", "%00", "9".repeat(400), "x".repeat(5000),
            "{\"mentorId\":{\"$ne\":1}}", "[".repeat(500), "{\"menteeIds\":[null]}", "{\"pairIds\":\"p1\"}",
            "{\"overrideCapacity\":1}", "{\"reason\":[]}", "{\"menteeIds\":[]}", "a#b", "REL#x", "p1");

    private final MatchingHarness api = new MatchingHarness();
    private final Random random = new Random(20261125);

    @Test
    void garbageNeverCausesAServerError() {
        Program program = api.program(ProgramKind.EVERGREEN, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, "coord");
        api.mentor(program, "ana", 2, "Sales");
        api.mentee(program, "bo", "Sales");
        api.mentee(program, "cy", "Sales");
        Map<String, String> in = Map.of("programId", program.id());
        String requestId = api.call(Person.user("bo"), "POST /programs/{programId}/match-requests", in, Map.of("mentorId", "ana")).body().get("id").asText();
        String relationshipId = api.call(Person.user("coord"), "POST /programs/{programId}/relationships", in,
                Map.of("mentorId", "ana", "menteeId", "cy")).body().get("id").asText();
        String runId = api.call(Person.user("coord"), "POST /programs/{programId}/matching-runs", in, null).body().get("id").asText();
        Map<String, String> real = Map.of("programId", program.id(), "requestId", requestId, "relationshipId", relationshipId, "runId", runId);

        List<String> failures = new ArrayList<>();
        for (String routeKey : api.handler.routeKeys()) {
            for (int i = 0; i < 30; i++) {
                Map<String, String> path = new HashMap<>();
                real.forEach((name, value) -> {
                    if (routeKey.contains("{" + name + "}")) {
                        path.put(name, random.nextInt(3) == 0 ? pick() : value);
                    }
                });
                Map<String, String> query = new HashMap<>();
                if (random.nextBoolean()) {
                    query.put("limit", pick());
                }
                Person who = List.of(Person.admin("admin"), Person.user("coord"), Person.user("ana"), Person.user("bo"),
                        new Person("p" + i, List.of(pick()))).get(random.nextInt(5));
                String body = random.nextInt(4) == 0 ? null : mutatedBody();
                Response r = api.call(who, routeKey, path, query, body);
                if (r.status() >= 500) {
                    String text = routeKey + " path=" + path + " query=" + query + " body=" + body + " -> " + r;
                    failures.add(text.length() > 400 ? text.substring(0, 400) + "..." : text);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private String pick() {
        return HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
    }

    private String mutatedBody() {
        if (random.nextBoolean()) {
            return pick();
        }
        Map<String, Object> base = new LinkedHashMap<>(Map.of("mentorId", "ana", "menteeId", "bo", "reason", "done",
                "pairIds", List.of("p1"), "message", "hi"));
        List<String> keys = new ArrayList<>(base.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        Object value = List.of(1, -5, 3.7, true, List.of(1, 2), Map.of("x", 1), "", pick()).get(random.nextInt(8));
        base.put(key, value);
        return Json.MAPPER.valueToTree(base).toString();
    }
}
