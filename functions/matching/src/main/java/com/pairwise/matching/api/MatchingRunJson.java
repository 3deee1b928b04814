package com.pairwise.matching.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.domain.MatchingRuns.RunView;
import com.pairwise.matching.domain.RunSelection;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchingRun;
import com.pairwise.shared.model.MatchingRunCommit;
import com.pairwise.shared.model.UnmatchedPerson;
import java.util.List;
import java.util.Set;

/** Matching run bodies in and out. */
final class MatchingRunJson {
    private static final Set<String> COMMIT_FIELDS = Set.of("pairIds", "menteeIds");
    private static final Set<String> START_FIELDS = Set.of();
    static final int MAX_SELECTED = 10_000;

    private MatchingRunJson() {
    }

    /** A start body is optional and has no fields yet; anything sent is refused rather than ignored. */
    static void readStart(ObjectNode body) {
        if (body == null) {
            return;
        }
        Fields f = new Fields(body);
        f.rejectUnknown(START_FIELDS);
        f.throwIfInvalid();
    }

    static RunSelection readCommit(ObjectNode body) {
        if (body == null) {
            return RunSelection.ALL;
        }
        Fields f = new Fields(body);
        f.rejectUnknown(COMMIT_FIELDS);
        List<String> pairIds = ids(f, "pairIds");
        List<String> menteeIds = ids(f, "menteeIds");
        if (pairIds != null && menteeIds != null) {
            f.error("menteeIds", "send either pairIds or menteeIds, not both");
        }
        f.throwIfInvalid();
        return new RunSelection(pairIds, menteeIds);
    }

    private static List<String> ids(Fields f, String name) {
        List<String> ids = f.texts(name, MAX_SELECTED, 128);
        if (ids == null) {
            return null;
        }
        if (ids.isEmpty()) {
            f.error(name, "must hold at least one id; leave it out to commit the whole run");
            return null;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!Identifiers.isValid(ids.get(i))) {
                f.error(name + "[" + i + "]", "is not an id");
            }
        }
        return ids;
    }

    static ObjectNode write(MatchingRun run) {
        ObjectNode o = JsonTree.object();
        o.put("id", run.id());
        o.put("programId", run.programId());
        o.put("status", run.status().wire());
        o.put("createdBy", run.createdBy());
        o.put("createdAt", run.createdAt().toString());
        o.put("updatedAt", run.updatedAt().toString());
        ObjectNode progress = o.putObject("progress");
        progress.put("phase", run.phase());
        progress.put("done", run.done());
        progress.put("total", run.total());
        o.put("error", run.error());
        MatchingRunCommit commit = run.commit();
        if (commit != null) {
            ObjectNode c = o.putObject("commit");
            c.put("id", commit.id());
            c.put("requestedBy", commit.requestedBy());
            c.put("requestedAt", commit.requestedAt().toString());
            c.put("toCommit", commit.toCommit());
            c.put("done", commit.position());
            c.put("committed", commit.committed());
            c.put("failed", commit.failed());
            c.put("waitlisted", commit.waitlisted());
            c.put("finishedAt", commit.finishedAt() == null ? null : commit.finishedAt().toString());
        }
        return o;
    }

    static ObjectNode write(RunView view) {
        ObjectNode o = write(view.run());
        view.result().ifPresent(result -> {
            o.put("matched", view.run().matched());
            o.put("totalScore", view.run().totalScore());
            ArrayNode pairs = o.putArray("pairs");
            result.pairs().forEach(p -> {
                ObjectNode pair = pairs.addObject();
                pair.put("pairId", p.pairId());
                pair.put("mentorId", p.mentorId());
                pair.put("menteeId", p.menteeId());
                pair.put("score", p.score());
                pair.set("reasons", RelationshipJson.strings(p.reasons()));
                pair.put("committed", view.committedPairIds().contains(p.pairId()));
            });
            o.set("unmatched", unmatched(result.unmatched()));
        });
        if (o.has("commit")) {
            ArrayNode failures = ((ObjectNode) o.get("commit")).putArray("failures");
            view.commitFailures().forEach(f -> failures.addObject().put("pairId", f.pairId()).put("mentorId", f.mentorId())
                    .put("menteeId", f.menteeId()).put("code", f.code()).put("reason", f.reason()));
        }
        return o;
    }

    private static ArrayNode unmatched(List<UnmatchedPerson> people) {
        ArrayNode a = JsonTree.array();
        people.forEach(u -> a.addObject().put("userId", u.userId()).put("rule", u.rule()).put("reason", u.reason()));
        return a;
    }

}
