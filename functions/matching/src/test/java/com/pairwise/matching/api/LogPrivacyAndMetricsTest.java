package com.pairwise.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.MatchingHarness;
import com.pairwise.matching.MatchingHarness.Response;
import com.pairwise.matching.domain.CommitPacing;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.testing.HttpApiRequests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the matching function writes to its log over a realistic flow (self-matching, a manual pair, an ending with a
 * reason, a bulk run committed in the background, a waitlist offer, a group): one JSON line per request with the
 * function and a correlation id, {@code MatchCreated} metric lines that add up to the relationships started, and no
 * name, e-mail address, goal, message or reason anywhere.
 */
class LogPrivacyAndMetricsTest {
    private static final String MESSAGE = "Hi, could we talk about my move to the Porto office next spring?";
    private static final String REASON = "Moving to the Reykjavik team after my parental leave";
    private static final String RUN_REASON = "Schedules never lined up across the Auckland time difference";
    private static final String ACCEPT_CORRELATION = "web-accept-4711";

    /** Someone signed in, with the e-mail address their token carries and the profile signup stored. */
    private record User(String id, String name, String email, String goals) {
    }

    private static final User COORD = new User("usr-c01", "Greta Pemberton-Achebe", "greta.pemberton@example.org", null);
    private static final User ZOE = new User("usr-101", "Zoe Quintana-Oyelaran", "zoe.quintana@example.org",
            "Speak with confidence at the Lisbon all-hands");
    private static final User HIROSHI = new User("usr-102", "Hiroshi Valdes-Brennan", "hiroshi.valdes@example.org",
            "Coach two first-time engineering leads");
    private static final User MARGOT = new User("usr-103", "Margot Eikenberry", "margot.eikenberry@example.org",
            "Negotiate my first vendor contract in Oslo");
    private static final User TEODORA = new User("usr-104", "Teodora Lindqvist-Ferreira", "teodora.lindqvist@example.org",
            "Give back after twenty years in procurement");
    private static final User OKSANA = new User("usr-201", "Oksana Whitcombe", "oksana.whitcombe@example.org",
            "Help juniors find their footing in sales");
    private static final User RAFFERTY = new User("usr-202", "Rafferty Nakagawa", "rafferty.nakagawa@example.org",
            "Share what I learnt opening the Nairobi branch");
    private static final User PRIYA = new User("usr-203", "Priya Abernathy-Soto", "priya.abernathy@example.org",
            "Close my first six-figure deal before the Tallinn offsite");
    private static final User LUCIEN = new User("usr-204", "Lucien Marchetti-Ode", "lucien.marchetti@example.org",
            "Stop freezing on cold calls to Antwerp clients");
    private static final User INGRID = new User("usr-205", "Ingrid Kowalczyk-Reyes", "ingrid.kowalczyk@example.org",
            "Win back the Gdansk account I lost last year");
    private static final User SOLVEIG = new User("usr-301", "Solveig Arkwright", "solveig.arkwright@example.org",
            "Run a small circle of new managers");
    private static final User BARNABY = new User("usr-302", "Barnaby Oyelowo-Hart", "barnaby.oyelowo@example.org",
            "Lead the Valparaiso warehouse team through its move");
    private static final User CLEMENTINE = new User("usr-303", "Clementine Vasquez-Holm", "clementine.vasquez@example.org",
            "Manage my former peers without losing them as friends");
    private static final List<User> EVERYONE = List.of(COORD, ZOE, HIROSHI, MARGOT, TEODORA, OKSANA, RAFFERTY, PRIYA, LUCIEN,
            INGRID, SOLVEIG, BARNABY, CLEMENTINE);

    /** One pair per chunk and per job, so a commit writes several metric lines that must add up. */
    private final MatchingHarness api = new MatchingHarness(new CommitPacing(1, 1));
    private int requests;

    private Response call(User who, String routeKey, Map<String, String> path, Object body) {
        return call(who, null, routeKey, path, body);
    }

    /** As the gateway hands the request on, with the caller's real e-mail claim and, if given, the client's correlation id. */
    private Response call(User who, String correlationId, String routeKey, Map<String, String> path, Object body) {
        ObjectNode event = MatchingHarness.sampleEvent("get-my-relationships.json");
        HttpApiRequests.fill(event, routeKey, path, Map.of(), new HttpApiRequests.Claims(who.id(), who.email(), List.of()), body);
        if (correlationId != null) {
            ((ObjectNode) event.get("headers")).put("x-correlation-id", correlationId);
        }
        requests++;
        return api.invoke(event);
    }

    private void register(Program program, User who, Role role, String seniority, List<String> offered, List<String> wanted,
                          Integer capacity) {
        api.register(program, who.id(), role, new Profile(who.name(), who.email(), List.of("en"), "Europe/Madrid", "ES", "EMEA",
                "Sales", seniority, offered, wanted, who.goals(), List.of("chess"), capacity));
    }

    private void mentor(Program program, User who, int capacity, String... offered) {
        register(program, who, Role.MENTOR, "lead", List.of(offered), List.of(), capacity);
    }

    private void mentee(Program program, User who, String... wanted) {
        register(program, who, Role.MENTEE, "junior", List.of(), List.of(wanted), null);
    }

    private static Map<String, String> in(Program p) {
        return Map.of("programId", p.id());
    }

    private static void assertStatus(int expected, Response r) {
        assertEquals(expected, r.status(), r.toString());
    }

    @Test
    void aWholeMatchingFlowLogsNoPersonalDataAndCountsEveryRelationshipStartedOnce() {
        // Self-matching and a manual pair in an evergreen program.
        Program evergreen = api.program(ProgramKind.EVERGREEN, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, COORD.id());
        mentor(evergreen, HIROSHI, 1, "Negotiation");
        mentor(evergreen, TEODORA, 1, "Sales");
        mentee(evergreen, ZOE, "Negotiation");
        mentee(evergreen, MARGOT, "Sales");
        assertStatus(200, call(ZOE, "GET /programs/{programId}/suggestions", in(evergreen), null));
        Response asked = call(ZOE, "POST /programs/{programId}/match-requests", in(evergreen),
                Map.of("mentorId", HIROSHI.id(), "message", MESSAGE));
        assertStatus(201, asked);
        Map<String, String> request = Map.of("requestId", asked.body().get("id").asText());
        assertStatus(200, call(HIROSHI, "GET /me/match-requests", Map.of(), null));
        Response accepted = call(HIROSHI, ACCEPT_CORRELATION, "POST /match-requests/{requestId}/accept", request, null);
        assertStatus(201, accepted);
        assertEquals("request-not-pending", call(HIROSHI, "POST /match-requests/{requestId}/accept", request, null).code(),
                "a retried accept starts nothing");
        Response paired = call(COORD, "POST /programs/{programId}/relationships", in(evergreen),
                Map.of("mentorId", TEODORA.id(), "menteeId", MARGOT.id()));
        assertStatus(201, paired);
        assertStatus(409, call(COORD, "POST /programs/{programId}/relationships", in(evergreen),
                Map.of("mentorId", TEODORA.id(), "menteeId", ZOE.id())));
        Map<String, String> zoes = Map.of("relationshipId", accepted.body().get("id").asText());
        assertStatus(200, call(ZOE, "POST /relationships/{relationshipId}/end", zoes, Map.of("reason", REASON)));
        assertStatus(200, call(HIROSHI, "GET /relationships/{relationshipId}", zoes, null));

        // A cohort's bulk run, committed in the background one pair per job; the place a pair's ending frees is offered on.
        Program cohort = api.program(ProgramKind.COHORT, ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, COORD.id());
        mentor(cohort, OKSANA, 1, "Negotiation", "Sales");
        mentor(cohort, RAFFERTY, 1, "Sales");
        mentee(cohort, PRIYA, "Negotiation", "Sales");
        mentee(cohort, LUCIEN, "Sales");
        mentee(cohort, INGRID, "Negotiation", "Sales");
        Response run = call(COORD, "POST /programs/{programId}/matching-runs", in(cohort), null);
        assertStatus(202, run);
        String runId = run.body().get("id").asText();
        Map<String, String> theRun = Map.of("runId", runId);
        api.deliverJobs();
        assertEquals(2, call(COORD, "GET /matching-runs/{runId}", theRun, null).body().get("matched").asInt());
        assertStatus(202, call(COORD, "POST /matching-runs/{runId}/commit", theRun, null));
        assertTrue(api.deliverJobs() >= 2, "one job per pair");
        JsonNode committed = call(COORD, "GET /matching-runs/{runId}", theRun, null).body();
        assertEquals("committed", committed.get("status").asText(), committed.toString());
        assertEquals(2, committed.get("commit").get("committed").asInt());
        assertEquals(1, committed.get("commit").get("waitlisted").asInt());
        var redelivered = api.events.ofType("MatchingRunCommitRequested");
        api.invoke(MatchingHarness.busEvent(redelivered.get(redelivered.size() - 1)));

        Relationship oksanas = new RelationshipStore(api.table).byUser(OKSANA.id(), cohort.id()).get(0);
        assertStatus(200, call(OKSANA, "POST /relationships/{relationshipId}/end", Map.of("relationshipId", oksanas.id()),
                Map.of("reason", RUN_REASON)));
        JsonNode offer = call(OKSANA, "GET /me/match-requests", Map.of(), null).body().get("received").get(0);
        assertEquals("waitlist_offer", offer.get("origin").asText(), offer.toString());
        assertStatus(201, call(OKSANA, "POST /match-requests/{requestId}/accept", Map.of("requestId", offer.get("id").asText()), null));

        // A coordinator puts two people in one mentor's group at once.
        Program group = api.program(ProgramKind.EVERGREEN, ProgramFormat.GROUP, MatchingSettings.DEFAULTS, COORD.id());
        mentor(group, SOLVEIG, 3, "Leadership");
        mentee(group, BARNABY, "Leadership");
        mentee(group, CLEMENTINE, "Leadership");
        Response circle = call(COORD, "POST /programs/{programId}/relationships", in(group),
                Map.of("mentorId", SOLVEIG.id(), "menteeIds", List.of(BARNABY.id(), CLEMENTINE.id())));
        assertStatus(201, circle);

        String log = api.log.toString(StandardCharsets.UTF_8);
        List<String> personal = new ArrayList<>(List.of(MESSAGE, "Porto", REASON, "Reykjavik", RUN_REASON, "Auckland"));
        for (User u : EVERYONE) {
            personal.add(u.name());
            personal.addAll(List.of(u.name().split("[ -]")));
            personal.add(u.email());
            personal.add(u.email().substring(0, u.email().indexOf('@')));
            if (u.goals() != null) {
                personal.add(u.goals());
            }
        }
        personal.addAll(List.of("Lisbon", "Oslo", "Nairobi", "Tallinn", "Antwerp", "Gdansk", "Valparaiso"));
        for (String p : personal) {
            assertFalse(log.contains(p), () -> "'" + p + "' in log:\n" + log);
        }

        List<JsonNode> lines = api.logLines();
        List<JsonNode> requestLines = lines.stream().filter(l -> l.has("status")).toList();
        assertEquals(requests, requestLines.size(), log);
        requestLines.forEach(l -> {
            assertEquals("matching", l.get("function").asText(), l.toString());
            assertFalse(l.path("requestId").asText().isBlank(), l.toString());
            if (!ACCEPT_CORRELATION.equals(l.path("correlationId").asText())) {
                assertEquals(l.get("requestId").asText(), l.path("correlationId").asText(), "no header: the request id; " + l);
            }
        });
        List<JsonNode> withHeader = requestLines.stream().filter(l -> ACCEPT_CORRELATION.equals(l.get("correlationId").asText())).toList();
        assertEquals(1, withHeader.size());
        assertEquals("POST /match-requests/{requestId}/accept", withHeader.get(0).get("route").asText());

        // Started: Zoe, Margot; the run's two pairs and the offer taken up; Barnaby and Clementine joining the group.
        RelationshipStore store = new RelationshipStore(api.table);
        long started = List.of(evergreen, cohort, group).stream()
                .flatMap(p -> store.byProgram(p.id()).stream()).mapToLong(r -> r.menteeIds().size()).sum();
        assertEquals(7, started);
        List<JsonNode> metrics = api.metricLines(BusinessMetrics.MATCH_CREATED);
        assertEquals(started, api.metricTotal(BusinessMetrics.MATCH_CREATED), log);
        metrics.forEach(l -> {
            assertEquals("matching", l.get("function").asText());
            assertEquals("local", l.get(BusinessMetrics.STAGE_DIMENSION).asText());
            assertEquals("Pairwise", l.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText());
        });
        Map<String, Long> byCorrelation = metrics.stream().collect(Collectors.groupingBy(l -> l.get("correlationId").asText(),
                Collectors.summingLong(l -> l.get(BusinessMetrics.MATCH_CREATED).asLong())));
        assertEquals(1L, byCorrelation.get(ACCEPT_CORRELATION), "the caller's correlation id ties the count to the request");
        assertEquals(2L, byCorrelation.get(runId), "the run's jobs count under the run's id");
        assertEquals(2, metrics.stream().filter(l -> l.get("correlationId").asText().equals(runId)).count(), "a line per chunk");
        Set<String> startingRequests = requestLines.stream().filter(l -> l.get("status").asInt() == 201)
                .filter(l -> l.get("route").asText().endsWith("/accept") || l.get("route").asText().endsWith("/relationships"))
                .map(l -> l.get("correlationId").asText()).collect(Collectors.toSet());
        assertEquals(4, startingRequests.size());
        Set<String> expectedIds = new HashSet<>(startingRequests);
        expectedIds.add(runId);
        assertEquals(expectedIds, byCorrelation.keySet(), "only requests that started something, and the run, count");
        String circleId = requestLines.stream().filter(l -> l.get("route").asText().equals("POST /programs/{programId}/relationships"))
                .filter(l -> l.get("status").asInt() == 201).reduce((a, b) -> b).orElseThrow().get("correlationId").asText();
        assertEquals(2L, byCorrelation.get(circleId), "each of the two joining the group");
    }
}
