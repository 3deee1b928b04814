package com.pairwise.matching.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.matching.engine.BulkMatcher;
import com.pairwise.matching.engine.MatchingResult;
import com.pairwise.matching.engine.PeerMatcher;
import com.pairwise.matching.engine.ProgressListener;
import com.pairwise.matching.engine.ScoredPair;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchingRun;
import com.pairwise.shared.model.MatchingRunStatus;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProposedPair;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.UnmatchedPerson;
import com.pairwise.shared.store.MatchingRunStore;
import com.pairwise.shared.store.MatchingRunStore.RunResult;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.RunCommitStore;
import com.pairwise.shared.store.RunCommitStore.Failure;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coordinators' bulk matching. Starting a run only stores it (queued) with a {@code MatchingRunRequested} event; the
 * bus hands that event back to this function, whose job computes the preview outside API Gateway's 30 s limit and
 * reports progress on the run. Committing is {@link RunCommits}', in the background likewise.
 */
public final class MatchingRuns {
    public static final String REQUESTED = "MatchingRunRequested";
    public static final String JOB = "matching-run";
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    /**
     * A running run whose job has not reported for this long is taken over by the next delivery: longer than the
     * function's timeout (5 minutes), so a live job is never run twice.
     */
    public static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(10);

    private final ProgramAccess programs;
    private final People people;
    private final RelationshipStore relationships;
    private final MatchingRunStore runs;
    private final RunCommitStore commits;
    private final EventRelay relay;
    private final Clock clock;
    private final IdGenerator ids;
    private final PrintStream log;

    public MatchingRuns(ProgramAccess programs, People people, RelationshipStore relationships, MatchingRunStore runs,
                        RunCommitStore commits, EventRelay relay, Clock clock, IdGenerator ids, PrintStream log) {
        this.programs = programs;
        this.people = people;
        this.relationships = relationships;
        this.runs = runs;
        this.commits = commits;
        this.relay = relay;
        this.clock = clock;
        this.ids = ids;
        this.log = log;
    }

    /** Queues a run; the job event goes out through the outbox, so a queued run is never stranded. */
    public MatchingRun start(Caller caller, String programId) {
        Program program = programs.managed(caller, programId);
        Instant now = clock.instant();
        MatchingRun run = MatchingRun.queued(ids.next("run"), program.id(), caller.userId(), now);
        ObjectNode detail = JsonTree.object();
        detail.put("pairwiseJob", JOB);
        detail.put("runId", run.id());
        detail.put("programId", program.id());
        DomainEvent event = new DomainEvent(ids.next("evt"), RelationshipEvents.SOURCE, REQUESTED, JsonTree.write(detail), now);
        runs.create(run, List.of(event));
        relay.publish(event);
        return run;
    }

    /** A run and, once it has one, its result; for the program's coordinators and administrators. */
    public RunView get(Caller caller, String runId) {
        MatchingRun run = find(runId);
        if (!ProgramAccess.manages(caller, programs.get(run.programId()))) {
            throw new ForbiddenException("only the program's coordinators and administrators see its matching runs");
        }
        boolean hasResult = run.status() == MatchingRunStatus.PREVIEW || run.status() == MatchingRunStatus.COMMITTING
                || run.status() == MatchingRunStatus.COMMITTED;
        return new RunView(run, hasResult ? Optional.of(runs.result(runId)) : Optional.empty(),
                hasResult ? runs.committedPairIds(runId) : Set.of(),
                run.commit() == null ? List.of() : commits.failures(runId, run.commit().id()));
    }

    /**
     * A run with its result (empty while queued, running or failed), the pairs committed so far and the pairs its
     * latest commit could not start.
     */
    public record RunView(MatchingRun run, Optional<RunResult> result, Set<String> committedPairIds, List<Failure> commitFailures) {
        public RunView {
            commitFailures = List.copyOf(commitFailures);
        }
    }

    /** The async job: compute the preview. A second delivery of the same event does nothing. */
    public void execute(String runId) {
        Instant now = clock.instant();
        if (!Identifiers.isValid(runId) || !runs.start(runId, now, now.minus(STALE_AFTER))) {
            return;
        }
        try {
            MatchingRun run = runs.get(runId).orElseThrow();
            Program program = programs.get(run.programId());
            List<Relationship> history = relationships.byProgram(program.id());
            Matchmaking state = Matchmaking.load(program, people, relationships, history, clock.instant());
            List<Registration> seekers = state.seekers();
            ProgressListener progress = throttled(runId);
            MatchingResult result = Matchmaking.isPeer(program)
                    ? PeerMatcher.match(state.candidateParticipants(), state.rules(), progress)
                    : BulkMatcher.match(state.candidateParticipants(), Participants.seekers(seekers, program), state.rules(), progress);
            List<ProposedPair> pairs = new ArrayList<>();
            int n = 0;
            for (ScoredPair p : result.pairs()) {
                pairs.add(new ProposedPair("p" + (++n), p.mentorId(), p.menteeId(), p.score(), p.reasons()));
            }
            List<UnmatchedPerson> unmatched = new ArrayList<>();
            result.unmatchedRules().forEach((id, rule) ->
                    unmatched.add(new UnmatchedPerson(id, rule.name().toLowerCase(Locale.ROOT), result.unmatchedReasons().get(id))));
            runs.finish(runId, new RunResult(pairs, unmatched), result.totalScore(), clock.instant());
        } catch (RuntimeException e) {
            log.println("{\"level\":\"ERROR\",\"function\":\"matching\",\"job\":\"matching-run\",\"runId\":\"" + runId
                    + "\",\"error\":\"" + e.getClass().getName() + "\"}");
            runs.fail(runId, "the run failed (" + e.getClass().getSimpleName() + "); start a new one", clock.instant());
        }
    }

    private ProgressListener throttled(String runId) {
        long[] last = {0};
        String[] lastPhase = {""};
        return (phase, done, total) -> {
            long t = System.nanoTime();
            if (!phase.equals(lastPhase[0]) || t - last[0] >= PROGRESS_EVERY_NANOS || done == total) {
                last[0] = t;
                lastPhase[0] = phase;
                runs.progress(runId, phase, done, total, clock.instant());
            }
        };
    }

    /** The selected pairs in the run's order. @throws ValidationException naming each id not proposed */
    static List<ProposedPair> select(List<ProposedPair> pairs, RunSelection selection) {
        if (selection.pairIds() == null && selection.menteeIds() == null) {
            return pairs;
        }
        boolean byPair = selection.pairIds() != null;
        List<String> wanted = byPair ? selection.pairIds() : selection.menteeIds();
        Map<String, ProposedPair> index = new LinkedHashMap<>();
        pairs.forEach(p -> index.put(byPair ? p.pairId() : p.menteeId(), p));
        List<FieldError> errors = new ArrayList<>();
        List<ProposedPair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            ProposedPair p = index.get(wanted.get(i));
            if (p == null) {
                errors.add(new FieldError((byPair ? "pairIds[" : "menteeIds[") + i + "]", "is not in this run's proposed pairs"));
            } else if (seen.add(p.pairId())) {
                out.add(p);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    MatchingRun find(String runId) {
        if (!Identifiers.isValid(runId)) {
            throw new NotFoundException("no matching run " + ProgramAccess.shorten(runId));
        }
        return runs.get(runId).orElseThrow(() -> new NotFoundException("no matching run " + runId));
    }

}
