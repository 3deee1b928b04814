package com.pairwise.matching.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.domain.MatchingRuns;
import com.pairwise.matching.domain.SelfMatching;
import com.pairwise.matching.domain.Relationships;
import com.pairwise.matching.domain.RunCommits;
import com.pairwise.matching.domain.Suggestion;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.ApiResponse;
import com.pairwise.shared.http.CorrelationId;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.JsonBody;
import com.pairwise.shared.http.PageQuery;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchingRun;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.Page;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The matching function's HTTP routes: each turns a request into one domain call and its result into JSON. */
public final class MatchingRoutes {
    static final int DEFAULT_SUGGESTIONS = 10;

    private final SelfMatching selfMatching;
    private final Relationships relationships;
    private final MatchingRuns runs;
    private final RunCommits commits;
    private final Clock clock;
    private final BusinessMetrics metrics;

    /** @param metrics counts the relationships requests start ({@code MatchCreated}); run commits count their own */
    public MatchingRoutes(SelfMatching selfMatching, Relationships relationships, MatchingRuns runs, RunCommits commits, Clock clock,
                          BusinessMetrics metrics) {
        this.selfMatching = selfMatching;
        this.relationships = relationships;
        this.runs = runs;
        this.commits = commits;
        this.clock = clock;
        this.metrics = metrics;
    }

    public Router register(Router router) {
        return router
                .add("GET /programs/{programId}/suggestions", this::suggestions)
                .add("POST /programs/{programId}/match-requests", this::request)
                .add("GET /match-requests/{requestId}",
                        r -> ok(MatchRequestJson.write(selfMatching.get(caller(r), r.pathParameter("requestId")), clock.instant())))
                .add("GET /me/match-requests", this::myRequests)
                .add("POST /match-requests/{requestId}/accept", this::accept)
                .add("POST /match-requests/{requestId}/decline",
                        r -> ok(MatchRequestJson.write(selfMatching.decline(caller(r), r.pathParameter("requestId")), clock.instant())))
                .add("POST /programs/{programId}/relationships", this::pair)
                .add("GET /relationships/{relationshipId}",
                        r -> ok(RelationshipJson.write(relationships.get(caller(r), r.pathParameter("relationshipId")))))
                .add("GET /me/relationships", this::myRelationships)
                .add("POST /relationships/{relationshipId}/end", this::end)
                .add("POST /programs/{programId}/matching-runs", this::startRun)
                .add("GET /matching-runs/{runId}", r -> ok(MatchingRunJson.write(runs.get(caller(r), r.pathParameter("runId")))))
                .add("POST /matching-runs/{runId}/commit", this::commit);
    }

    private ApiResponse suggestions(ApiRequest r) {
        int limit = limit(r);
        List<Suggestion> found = selfMatching.suggestions(caller(r), programId(r), limit);
        ObjectNode o = JsonTree.object();
        ArrayNode items = o.putArray("items");
        found.forEach(s -> items.add(MatchRequestJson.write(s)));
        return ok(o);
    }

    private static int limit(ApiRequest r) {
        String text = r.query("limit").orElse(null);
        if (text == null) {
            return DEFAULT_SUGGESTIONS;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= SelfMatching.MAX_SUGGESTIONS) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ValidationException.of("limit", "must be a whole number from 1 to " + SelfMatching.MAX_SUGGESTIONS);
    }

    private ApiResponse request(ApiRequest r) {
        MatchRequestJson.NewRequest body = MatchRequestJson.read(JsonBody.object(r));
        MatchRequest created = selfMatching.request(caller(r), programId(r), body.mentorId(), body.message());
        return created(MatchRequestJson.write(created, clock.instant()), "/match-requests/" + created.id());
    }

    private ApiResponse myRequests(ApiRequest r) {
        SelfMatching.MyRequests mine = selfMatching.mine(caller(r));
        ObjectNode o = JsonTree.object();
        ArrayNode sent = o.putArray("sent");
        mine.sent().forEach(m -> sent.add(MatchRequestJson.write(m, clock.instant())));
        ArrayNode received = o.putArray("received");
        mine.received().forEach(m -> received.add(MatchRequestJson.write(m, clock.instant())));
        return ok(o);
    }

    private ApiResponse accept(ApiRequest r) {
        Relationship started = selfMatching.accept(caller(r), r.pathParameter("requestId"), matchCreated(r));
        return created(RelationshipJson.write(started), "/relationships/" + started.id());
    }

    private ApiResponse pair(ApiRequest r) {
        var outcome = relationships.pair(caller(r), programId(r), RelationshipJson.readPairing(JsonBody.object(r)), matchCreated(r));
        return created(RelationshipJson.write(outcome), "/relationships/" + outcome.relationship().id());
    }

    private ApiResponse startRun(ApiRequest r) {
        MatchingRunJson.readStart(optionalBody(r));
        MatchingRun run = runs.start(caller(r), programId(r));
        return accepted(MatchingRunJson.write(run), "/matching-runs/" + run.id());
    }

    private static ApiResponse accepted(ObjectNode body, String location) {
        ApiResponse json = ApiResponse.json(202, body);
        return new ApiResponse(202, Map.of("content-type", "application/json", "location", location), json.body());
    }

    /** The commit goes on in the background: 202 with the run, committing, whose progress GET reads. */
    private ApiResponse commit(ApiRequest r) {
        MatchingRun run = commits.request(caller(r), r.pathParameter("runId"), MatchingRunJson.readCommit(optionalBody(r)));
        return accepted(MatchingRunJson.write(run), "/matching-runs/" + run.id());
    }

    /** Bodies some routes take only optionally: absent or blank is null, anything else must be a JSON object. */
    private static ObjectNode optionalBody(ApiRequest r) {
        return r.body() == null || r.body().isBlank() ? null : JsonBody.object(r);
    }

    private ApiResponse end(ApiRequest r) {
        // The body is optional: ending needs no reason.
        String reason = RelationshipJson.readEndReason(optionalBody(r));
        return ok(RelationshipJson.write(relationships.end(caller(r), r.pathParameter("relationshipId"), reason)));
    }

    private ApiResponse myRelationships(ApiRequest r) {
        PageQuery page = PageQuery.of(r);
        Page<Relationship> mine = relationships.mine(caller(r), page.limit(), page.cursor());
        ObjectNode o = JsonTree.object();
        ArrayNode a = o.putArray("items");
        mine.items().forEach(item -> a.add(RelationshipJson.write(item)));
        o.put("nextCursor", mine.nextCursor());
        return ok(o);
    }

    /** Counts a relationship started (a group joined) once its write committed, even if the request then fails. */
    private Runnable matchCreated(ApiRequest r) {
        return () -> metrics.count(BusinessMetrics.MATCH_CREATED, CorrelationId.of(r));
    }

    private static Caller caller(ApiRequest r) {
        return r.caller().orElseThrow();
    }

    private static String programId(ApiRequest r) {
        return r.pathParameter("programId");
    }

    static ApiResponse ok(ObjectNode body) {
        return ApiResponse.json(200, body);
    }

    static ApiResponse created(ObjectNode body, String location) {
        ApiResponse json = ApiResponse.json(201, body);
        return new ApiResponse(201, Map.of("content-type", "application/json", "location", location), json.body());
    }
}
