package com.pairwise.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.domain.EventRelay;
import com.pairwise.matching.domain.MatchingRuns;

/**
 * Work the function does outside HTTP: EventBridge delivers {@code MatchingRunRequested} (detail
 * {@code {"pairwiseJob":"matching-run","runId":...}}); a direct invocation may carry the same fields at top level.
 * {@code outbox-drain} (also every scheduled event) re-sends events a failed PutEvents left in the outbox; every job drains.
 */
final class Jobs {
    static final String OUTBOX_DRAIN = "outbox-drain";

    private final MatchingRuns runs;
    private final EventRelay relay;

    Jobs(MatchingRuns runs, EventRelay relay) {
        this.runs = runs;
        this.relay = relay;
    }

    /** @return false when the event is not a job of this function */
    boolean handle(JsonNode event) {
        JsonNode job = event.has("detail") ? event.get("detail") : event;
        String name = job.path("pairwiseJob").asText("");
        if ("Scheduled Event".equals(event.path("detail-type").asText())) {
            name = OUTBOX_DRAIN; // the only schedule this function has
        }
        if (name.equals(MatchingRuns.JOB)) {
            runs.execute(job.path("runId").asText(""));
        } else if (!name.equals(OUTBOX_DRAIN)) {
            return false;
        }
        relay.drain();
        return true;
    }
}
