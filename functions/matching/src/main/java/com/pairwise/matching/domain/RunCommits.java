package com.pairwise.matching.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.engine.Rule;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.MatchingRun;
import com.pairwise.shared.model.MatchingRunCommit;
import com.pairwise.shared.model.MatchingRunStatus;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProposedPair;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.UnmatchedPerson;
import com.pairwise.shared.store.MatchingRunStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.RunCommitStore;
import com.pairwise.shared.store.RunCommitStore.Failure;
import com.pairwise.shared.store.RunCommitStore.PlannedPair;
import com.pairwise.shared.store.RunPairMark;
import com.pairwise.shared.store.WaitlistStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Committing a run's preview, whole or in part, in the background: the request stores the plan (the chosen pairs not
 * committed yet) and a {@code MatchingRunCommitRequested} event in one transaction and answers at once; the job starts
 * the pairs chunk by chunk, saving its position after each, and queues its own continuation every
 * {@link CommitPacing#pairsPerJob} pairs. A redelivered or concurrent job starts no pair twice ({@link RunPairMark})
 * and counts no chunk twice ({@link RunCommitStore#advance}); a commit whose job died is resumed by asking again.
 * Pairs that can no longer start are recorded with the reason; at the end the run's unmatched, and mentees whose
 * mentor filled up meanwhile, are waitlisted.
 */
public final class RunCommits {
    public static final String REQUESTED = "MatchingRunCommitRequested";
    public static final String JOB = "matching-run-commit";

    private final MatchingRuns runs;
    private final ProgramAccess programs;
    private final People people;
    private final RelationshipStore relationships;
    private final MatchingRunStore runStore;
    private final RunCommitStore commits;
    private final WaitlistStore waitlist;
    private final Placement placement;
    private final EventRelay relay;
    private final Clock clock;
    private final IdGenerator ids;
    private final CommitPacing pacing;
    private final BusinessMetrics metrics;

    /** @param metrics counts the pairs each job starts ({@code MatchCreated}), with the run's id as correlation id */
    public RunCommits(MatchingRuns runs, ProgramAccess programs, People people, RelationshipStore relationships,
                      MatchingRunStore runStore, RunCommitStore commits, WaitlistStore waitlist, Placement placement,
                      EventRelay relay, Clock clock, IdGenerator ids, CommitPacing pacing, BusinessMetrics metrics) {
        this.runs = runs;
        this.programs = programs;
        this.people = people;
        this.relationships = relationships;
        this.runStore = runStore;
        this.commits = commits;
        this.waitlist = waitlist;
        this.placement = placement;
        this.relay = relay;
        this.clock = clock;
        this.ids = ids;
        this.pacing = pacing;
        this.metrics = metrics;
    }

    /**
     * Queues the commit of the selected pairs (all by default); pairs committed before are left out.
     *
     * @return the run, committing
     * @throws ConflictException {@code run-not-ready} without a preview, {@code commit-in-progress} while a commit runs
     */
    public MatchingRun request(Caller caller, String runId, RunSelection selection) {
        MatchingRun run = runs.find(runId);
        programs.managed(caller, run.programId());
        Instant now = clock.instant();
        Instant staleBefore = now.minus(MatchingRuns.STALE_AFTER);
        if (run.status() == MatchingRunStatus.COMMITTING && run.updatedAt().isAfter(staleBefore)) {
            throw new ConflictException("commit-in-progress", "a commit of this run is under way; follow its progress on the run");
        }
        if (run.status() != MatchingRunStatus.PREVIEW && run.status() != MatchingRunStatus.COMMITTED
                && run.status() != MatchingRunStatus.COMMITTING) {
            throw new ConflictException("run-not-ready", "the run is " + run.status().wire() + "; only a preview can be committed");
        }
        List<ProposedPair> chosen = MatchingRuns.select(runStore.result(runId).pairs(), selection);
        Set<String> done = runStore.committedPairIds(runId);
        List<PlannedPair> plan = new ArrayList<>();
        chosen.stream().filter(p -> !done.contains(p.pairId()))
                .forEach(p -> plan.add(new PlannedPair(p.pairId(), p.mentorId(), p.menteeId())));
        String commitId = ids.next("cmt");
        DomainEvent job = job(runId, commitId, now);
        commits.begin(runId, new MatchingRunCommit(commitId, caller.userId(), now, plan.size(), 0, 0, 0, 0, null), plan, job,
                now, staleBefore);
        relay.publish(job);
        return runStore.get(runId).orElse(run);
    }

    /** The job: deals with the commit's plan from its saved position; a stale or superseded delivery does nothing. */
    public void work(String runId, String commitId) {
        if (!Identifiers.isValid(runId) || !Identifiers.isValid(commitId)) {
            return;
        }
        Optional<MatchingRun> found = runStore.get(runId);
        if (found.isEmpty() || !current(found.get(), commitId)) {
            return;
        }
        MatchingRun run = found.get();
        Program program = programs.get(run.programId());
        List<PlannedPair> plan = commits.plan(runId, commitId);
        int position = run.commit().position();
        int handled = 0;
        while (position < plan.size()) {
            int end = Math.min(plan.size(), position + pacing.chunk());
            int committed = 0;
            List<Failure> failures = new ArrayList<>();
            AtomicInteger startedHere = new AtomicInteger();
            try {
                for (PlannedPair pair : plan.subList(position, end)) {
                    Optional<Failure> failure = commitOne(program, run, commitId, pair, startedHere::incrementAndGet);
                    if (failure.isEmpty()) {
                        committed++;
                    } else {
                        failures.add(failure.get());
                    }
                }
            } finally {
                // Only the pairs this worker started, once their writes committed, even if the chunk then fails:
                // a redelivery finds those pairs marked (pair-committed) and does not count them again.
                if (startedHere.get() > 0) {
                    metrics.count(BusinessMetrics.MATCH_CREATED, startedHere.get(), runId);
                }
            }
            commits.failed(runId, commitId, failures);
            handled += end - position;
            DomainEvent next = end < plan.size() && handled >= pacing.pairsPerJob() ? job(runId, commitId, clock.instant()) : null;
            if (!commits.advance(runId, commitId, position, end, committed, failures.size(), next, clock.instant())) {
                return; // another worker counted this chunk and carries on
            }
            if (next != null) {
                relay.publish(next);
                return;
            }
            position = end;
        }
        finish(program, run, commitId);
    }

    private static boolean current(MatchingRun run, String commitId) {
        return run.status() == MatchingRunStatus.COMMITTING && run.commit() != null && run.commit().id().equals(commitId);
    }

    /**
     * @param started runs when this worker started the pair (not when another had)
     * @return empty when the pair is committed (by this worker or, concurrently, another)
     */
    private Optional<Failure> commitOne(Program program, MatchingRun run, String commitId, PlannedPair pair, Runnable started) {
        Optional<Registration> mentor = people.registered(program.id(), pair.mentorId());
        Optional<Registration> mentee = people.registered(program.id(), pair.menteeId());
        if (mentor.isEmpty() || mentee.isEmpty()) {
            return Optional.of(failure(pair, "not-in-program", "one of the two is no longer registered"));
        }
        Integer capacity = Matchmaking.isPeer(program) ? null : Participants.capacity(mentor.get(), program);
        try {
            placement.place(program, mentor.get(), List.of(mentee.get()), capacity, run.commit().requestedBy(), clock.instant(),
                    new RunPairMark(run.id(), commitId, pair.pairId()), started);
            return Optional.empty();
        } catch (ConflictException e) {
            return e.code().equals(RunPairMark.PAIR_COMMITTED) ? Optional.empty() : Optional.of(failure(pair, e.code(), e.getMessage()));
        }
    }

    private static Failure failure(PlannedPair pair, String code, String reason) {
        return new Failure(pair.pairId(), pair.mentorId(), pair.menteeId(), code, reason);
    }

    /** Waitlists whoever stays unmatched and marks the run committed; idempotent, so a retry may run it again. */
    private void finish(Program program, MatchingRun run, String commitId) {
        Map<String, UnmatchedPerson> waiting = new LinkedHashMap<>();
        runStore.result(run.id()).unmatched().forEach(u -> waiting.put(u.userId(), u));
        for (Failure f : commits.failures(run.id(), commitId)) {
            if (f.code().equals("mentor-full")) {
                waiting.putIfAbsent(f.menteeId(), new UnmatchedPerson(f.menteeId(), "no_capacity", Rule.NO_CAPACITY.unmatchedMessage(null, "mentor")));
            }
        }
        Set<String> matchedNow = relationships.matchedPeople(program.id());
        List<UnmatchedPerson> waitlisted = waiting.values().stream().filter(u -> !matchedNow.contains(u.userId())).toList();
        // Since the commit was asked for, not now: a retried finish keeps everyone's place in the queue.
        waitlisted.forEach(u -> waitlist.put(program.id(), u, run.commit().requestedAt()));
        commits.finish(run.id(), commitId, waitlisted.size(), clock.instant());
    }

    private DomainEvent job(String runId, String commitId, Instant now) {
        ObjectNode detail = JsonTree.object();
        detail.put("pairwiseJob", JOB);
        detail.put("runId", runId);
        detail.put("commitId", commitId);
        return new DomainEvent(ids.next("evt"), RelationshipEvents.SOURCE, REQUESTED, JsonTree.write(detail), now);
    }
}
