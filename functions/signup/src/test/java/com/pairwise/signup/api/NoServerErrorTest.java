package com.pairwise.signup.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.signup.Bodies;
import com.pairwise.signup.SignupHarness;
import com.pairwise.signup.SignupHarness.Person;
import com.pairwise.signup.SignupHarness.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No input produces a 5xx: every route gets seeded garbage bodies, parameters and identities. */
class NoServerErrorTest {
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "null", "{", "}", "[]", "[{}]", "{\"a\":", "\u0000",
            "\uD83D\uDE00", "'; DROP TABLE x; --", "../../etc/passwd", "%00", "9".repeat(400), "x".repeat(5000), "{\"name\":{\"$ne\":1}}",
            "[".repeat(500), "{\"role\":\"mentee\",\"languages\":[null]}", "{\"menteeCap\":1e400}", "{\"menteeCap\":-1}",
            "{\"kind\":\"cohort\",\"startDate\":\"2027-02-30\"}", "{\"mentorRegistration\":{\"opensAt\":\"yesterday\"}}",
            "{\"capacity\":9999999999999}", "{\"languages\":\"en\"}", "{\"requiredProfileFields\":[\"shoe_size\"]}");

    private final SignupHarness api = new SignupHarness();
    private final Random random = new Random(20261123);

    @Test
    void garbageNeverCausesAServerError() {
        Person admin = Person.admin("admin");
        String programId = api.call(admin, "POST /programs", Map.of(), Bodies.with(Bodies.program(), "menteeCap", 2)).body().get("id").asText();
        api.call(Person.user("someone"), "POST /programs/{programId}/registrations", Map.of("programId", programId), Bodies.signUp("mentee"));
        List<String> failures = new ArrayList<>();
        for (String routeKey : api.handler.routeKeys()) {
            for (int i = 0; i < 40; i++) {
                Map<String, String> path = new HashMap<>();
                if (routeKey.contains("{programId}")) {
                    path.put("programId", random.nextInt(3) == 0 ? pick() : programId);
                }
                if (routeKey.contains("{userId}")) {
                    path.put("userId", random.nextBoolean() ? "someone" : pick());
                }
                Map<String, String> query = new HashMap<>();
                if (random.nextBoolean()) {
                    query.put(random.nextBoolean() ? "limit" : "cursor", pick());
                    query.put(List.of("role", "status", "country").get(random.nextInt(3)), pick());
                }
                Person who = List.of(admin, Person.user("someone"), Person.user(pick().isEmpty() ? "z" : "x" + pick()),
                        new Person("p" + i, null, List.of(pick()))).get(random.nextInt(4));
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
        Map<String, Object> base = random.nextBoolean() ? Bodies.program() : Bodies.signUp("mentor");
        List<String> keys = new ArrayList<>(base.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        Object value = List.of(1, -5, 3.7, true, List.of(1, 2), Map.of("x", 1), "", pick()).get(random.nextInt(8));
        return SignupHarness.text(Bodies.with(base, key, value));
    }
}
