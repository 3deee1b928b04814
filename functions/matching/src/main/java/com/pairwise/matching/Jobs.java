package com.pairwise.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.matching.domain.MatchingRuns;
import com.pairwise.matching.domain.PersonErasure;
import com.pairwise.matching.domain.RunCommits;
import com.pairwise.matching.domain.WaitlistOffers;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.events.TableStreamEvent;
import com.pairwise.shared.store.OutboxStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Work the function does outside HTTP: EventBridge delivers {@code MatchingRunRequested} (detail
 * {@code {"pairwiseJob":"matching-run","runId":...}}); a direct invocation may carry the same fields at top level.
 * {@code MatchingRunCommitRequested} (detail {@code {"pairwiseJob":"matching-run-commit","runId":...,"commitId":...}})
 * carries on a run's commit from where it stands.
 * {@code outbox-drain} (also every scheduled event) re-sends events a failed PutEvents left in the outbox; every job drains.
 * {@code MentorCapacityChanged} from signup (detail programId, mentorId, capacity, previousCapacity): a raised
 * capacity offers the new places to people waiting, as an ending relationship does.
 * {@code PersonErased} from signup: the person's relationships end and are pseudonymised, their requests cancelled.
 * A batch from the table's stream (every function's new outbox entries, filtered by the event source mapping) is
 * relayed to the bus: the stack's {@link com.pairwise.shared.events.OutboxDelivery#BY_STREAM} delivery.
 */
final class Jobs {
    static final String OUTBOX_DRAIN = "outbox-drain";
    static final String SIGNUP = "pairwise.signup";
    static final String CAPACITY_CHANGED = "MentorCapacityChanged";

    private final MatchingRuns runs;
    private final RunCommits commits;
    private final WaitlistOffers offers;
    private final EventRelay relay;
    private final PersonErasure erasure;
    private final PrintStream log;

    Jobs(MatchingRuns runs, RunCommits commits, WaitlistOffers offers, EventRelay relay, PersonErasure erasure, PrintStream log) {
        this.runs = runs;
        this.commits = commits;
        this.offers = offers;
        this.relay = relay;
        this.erasure = erasure;
        this.log = log;
    }

    /** @return false when the event is not a job of this function */
    boolean handle(JsonNode event) {
        if (TableStreamEvent.matches(event)) {
            relayStream(event);
            return true; // no drain: the stream batch is the fresh entries, and the drain's schedule covers the rest
        }
        JsonNode job = event.has("detail") ? event.get("detail") : event;
        String name = job.path("pairwiseJob").asText("");
        if ("Scheduled Event".equals(event.path("detail-type").asText())) {
            name = OUTBOX_DRAIN; // the only schedule this function has
        }
        if (SIGNUP.equals(event.path("source").asText()) && CAPACITY_CHANGED.equals(event.path("detail-type").asText())) {
            capacityChanged(job);
        } else if (PersonErased.matches(event)) {
            personErased(event);
        } else if (name.equals(MatchingRuns.JOB)) {
            runs.execute(job.path("runId").asText(""));
        } else if (name.equals(RunCommits.JOB)) {
            commits.work(job.path("runId").asText(""), job.path("commitId").asText(""));
        } else if (!name.equals(OUTBOX_DRAIN)) {
            return false;
        }
        relay.drain();
        return true;
    }

    /**
     * Never throws: an entry that could not be sent stays in the outbox for the drain, so failing the batch (which
     * the stream would retry, holding back the entries behind it) gains nothing.
     */
    private void relayStream(JsonNode event) {
        List<Map<String, AttributeValue>> inserted = TableStreamEvent.insertedImages(event);
        List<DomainEvent> entries = new ArrayList<>();
        inserted.forEach(image -> OutboxStore.fromStreamImage(image).ifPresent(entries::add));
        int sent = relay.relayFromStream(entries);
        log.println("{\"function\":\"matching\",\"job\":\"outbox-stream\",\"records\":" + event.path("Records").size()
                + ",\"entries\":" + entries.size() + ",\"sent\":" + sent + "}");
    }

    /** Logs the erasure id and counts only: the person's id is what is being erased. */
    private void personErased(JsonNode event) {
        PersonErased.from(event).ifPresentOrElse(e -> {
            PersonErasure.Outcome o = erasure.erase(e);
            log.println("{\"function\":\"matching\",\"event\":\"PersonErased\",\"erasureId\":\"" + e.erasureId()
                    + "\",\"relationshipsEnded\":" + o.relationshipsEnded() + ",\"relationshipsPseudonymised\":" + o.relationshipsPseudonymised()
                    + ",\"requestsCancelled\":" + o.requestsCancelled() + ",\"requestsPseudonymised\":" + o.requestsPseudonymised()
                    + ",\"runItemsPseudonymised\":" + o.runItemsPseudonymised() + "}");
        }, () -> log.println("{\"function\":\"matching\",\"event\":\"PersonErased\",\"dropped\":\"unreadable detail\"}"));
    }

    private void capacityChanged(JsonNode d) {
        String programId = d.path("programId").asText("");
        String mentorId = d.path("mentorId").asText("");
        int capacity = d.path("capacity").asInt(0);
        // Without the previous figure every free place may be new; the open offers still bound what is offered.
        int raisedBy = capacity - d.path("previousCapacity").asInt(0);
        if (!programId.isBlank() && !mentorId.isBlank() && raisedBy > 0) {
            offers.capacityRaised(programId, mentorId, raisedBy);
        }
    }
}
