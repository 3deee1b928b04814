package com.pairwise.matching.domain;

import com.pairwise.matching.engine.Eligibility;
import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.Rule;
import com.pairwise.matching.engine.ScoredPair;
import com.pairwise.matching.engine.Suggestions;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestOrigin;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Self-matching in evergreen programs: a mentee (or peer) asks for suggestions and sends a request; the mentor
 * accepts or declines. Accepting starts the relationship and cancels the mentee's other pending requests.
 * Expiry is evaluated when a request is read or answered; the reminders function sweeps and notifies.
 */
public final class SelfMatching {
    public static final int MAX_SUGGESTIONS = 50;

    private final ProgramAccess programs;
    private final People people;
    private final RelationshipStore relationships;
    private final MatchRequestStore requests;
    private final AnnouncedRequests announced;
    private final RelationshipEvents events;
    private final EventRelay relay;
    private final Clock clock;
    private final IdGenerator ids;
    private final WarmCandidates candidates;

    public SelfMatching(ProgramAccess programs, People people, RelationshipStore relationships, MatchRequestStore requests,
                        AnnouncedRequests announced, RelationshipEvents events, EventRelay relay, Clock clock, IdGenerator ids,
                        WarmCandidates candidates) {
        this.programs = programs;
        this.people = people;
        this.relationships = relationships;
        this.requests = requests;
        this.announced = announced;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.ids = ids;
        this.candidates = candidates;
    }

    /**
     * Best eligible partners with free places for the caller, best first, from the program's warm index (rebuilt
     * when the program's matching version moved).
     */
    public List<Suggestion> suggestions(Caller caller, String programId, int limit) {
        Program program = programs.visible(caller, programId);
        Registration me = seeker(program, caller.userId());
        List<Relationship> mine = relationships.byUser(me.userId(), programId);
        refuseIfMatched(program, mine);
        Set<String> partners = new HashSet<>();
        mine.forEach(r -> partners.addAll(r.participants()));
        partners.remove(me.userId());
        return candidates.of(program, clock.instant()).suggestionsFor(me, limit, partners);
    }

    /**
     * A request from the caller to one mentor (or peer).
     *
     * @throws ConflictException self-request, not-in-program, not-self-matching, already-matched, mentor-full,
     *                           not-eligible, duplicate-request
     */
    public MatchRequest request(Caller caller, String programId, String mentorId, String message) {
        Program program = programs.visible(caller, programId);
        if (program.settings().kind() != ProgramKind.EVERGREEN) {
            throw new ConflictException("not-self-matching", "this is a cohort program: its coordinators match everyone at once");
        }
        Registration me = seeker(program, caller.userId());
        if (mentorId.equals(me.userId())) {
            throw new ConflictException("self-request", "you cannot ask yourself");
        }
        Registration mentor = people.registered(programId, mentorId)
                .filter(r -> r.role() == Matchmaking.candidateRole(program))
                .orElseThrow(() -> new ConflictException("not-in-program",
                        "mentorId: that person is not a registered " + Matchmaking.candidateRole(program).wire() + " of this program"));
        List<Relationship> mine = relationships.byUser(me.userId(), programId);
        refuseIfMatched(program, mine);
        Participant menteeP = Participants.of(me, program, 0);
        Participant mentorP;
        if (Matchmaking.isPeer(program)) {
            if (relationships.matchedPeople(programId).contains(mentorId)) {
                throw new ConflictException("mentor-full", "that peer is already paired");
            }
            mentorP = Participants.of(mentor, program, 0);
        } else {
            int load = relationships.mentorLoad(programId, mentorId);
            mentorP = Participants.of(mentor, program, load);
            if (mentorP.freeCapacity() <= 0) {
                throw new ConflictException("mentor-full", "that mentor has no free place");
            }
        }
        var rules = RulesOf.program(program, mine, clock.instant());
        Optional<Rule> broken = Eligibility.whyNot(mentorP, menteeP, rules);
        if (broken.isPresent()) {
            throw new ConflictException("not-eligible", "the program's rules do not allow this pair: " + describe(broken.get()));
        }
        List<ScoredPair> scored = Suggestions.topK(List.of(mentorP), menteeP, rules, 1);
        int score = scored.isEmpty() ? 0 : scored.get(0).score();
        List<String> reasons = scored.isEmpty() ? List.of() : scored.get(0).reasons();
        Instant now = clock.instant();
        MatchRequest request = new MatchRequest(ids.next("mrq"), programId, me.userId(), mentorId, MatchRequestOrigin.MENTEE,
                MatchRequestStatus.PENDING, score, reasons, message, now,
                now.plus(Duration.ofDays(program.settings().matching().requestExpiryDays())).truncatedTo(ChronoUnit.SECONDS), null, null);
        return announced.create(request, now);
    }

    /** Requests the caller made and received, across programs, oldest first. */
    public record MyRequests(List<MatchRequest> sent, List<MatchRequest> received) {
    }

    public MyRequests mine(Caller caller) {
        return new MyRequests(requests.byMentee(caller.userId()), requests.byMentor(caller.userId()));
    }

    /** A request as the caller may see it (either side, coordinators, admins), with expiry applied. */
    public MatchRequest get(Caller caller, String requestId) {
        MatchRequest r = find(requestId);
        if (!caller.userId().equals(r.menteeId()) && !caller.userId().equals(r.mentorId())
                && !ProgramAccess.manages(caller, programs.get(r.programId()))) {
            throw new ForbiddenException("only the two people concerned and the program's coordinators see a request");
        }
        return expireIfDue(r);
    }

    /**
     * The mentor accepts: the relationship starts (group programs: the mentee joins the mentor's group).
     *
     * @param started runs once the relationship's write committed (before the mentee's other requests are cancelled)
     * @return the relationship
     */
    public Relationship accept(Caller caller, String requestId, Runnable started) {
        MatchRequest request = answerable(caller, requestId);
        Program program = programs.get(request.programId());
        Registration mentor = people.registered(program.id(), request.mentorId())
                .orElseThrow(() -> new ConflictException("not-in-program", "you are no longer registered in this program"));
        Registration mentee = people.registered(program.id(), request.menteeId())
                .orElseThrow(() -> new ConflictException("not-in-program", "the mentee is no longer registered in this program"));
        Instant now = clock.instant();
        Integer capacity = Matchmaking.isPeer(program) ? null : Participants.capacity(mentor, program);
        Optional<Relationship> group = program.settings().format() == ProgramFormat.GROUP
                ? relationships.byUser(mentor.userId(), program.id()).stream()
                        .filter(r -> r.isActive() && r.mentorId().equals(mentor.userId())).findFirst()
                : Optional.empty();
        Relationship target = group.orElseGet(() -> newRelationship(program, mentor.userId(), List.of(mentee), now));
        Relationship after = group.map(g -> g.joinedBy(mentee.userId(), mentee.profile().goals())).orElse(target);
        DomainEvent event = events.started(after, caller.userId(), now);
        Relationship result = requests.accept(request, target, group.isPresent(), mentee.profile().goals(), capacity, List.of(event), now);
        started.run();
        relay.publish(event);
        cancelOtherRequests(request, now);
        return result;
    }

    public MatchRequest decline(Caller caller, String requestId) {
        MatchRequest request = answerable(caller, requestId);
        return requests.decline(request, clock.instant());
    }

    /** A new active relationship; in peer programs the peer whose id sorts first is recorded as {@code mentorId}. */
    Relationship newRelationship(Program program, String mentorId, List<Registration> mentees, Instant now) {
        String mentor = mentorId;
        List<String> menteeIds = mentees.stream().map(Registration::userId).collect(Collectors.toList());
        if (Matchmaking.isPeer(program) && menteeIds.get(0).compareTo(mentorId) < 0) {
            mentor = menteeIds.get(0);
            menteeIds = List.of(mentorId);
        }
        List<String> goals = mentees.stream().map(m -> m.profile().goals()).filter(g -> g != null && !g.isBlank())
                .collect(Collectors.toList());
        return new Relationship(ids.next("rel"), program.id(), mentor, menteeIds, program.settings().format(),
                RelationshipStatus.ACTIVE, now, null, null, goals);
    }

    private MatchRequest answerable(Caller caller, String requestId) {
        MatchRequest request = find(requestId);
        if (!caller.userId().equals(request.mentorId())) {
            throw new ForbiddenException("only the person asked answers a request");
        }
        Instant now = clock.instant();
        if (request.effectiveStatus(now) == MatchRequestStatus.EXPIRED) {
            expireIfDue(request);
            throw new ConflictException("request-expired", "the request expired on " + request.expiresAt());
        }
        if (request.status() != MatchRequestStatus.PENDING) {
            throw new ConflictException("request-not-pending", "the request is " + request.status().wire() + " already");
        }
        return request;
    }

    private MatchRequest find(String requestId) {
        if (!Identifiers.isValid(requestId)) {
            throw new NotFoundException("no match request " + ProgramAccess.shorten(requestId));
        }
        return requests.get(requestId).orElseThrow(() -> new NotFoundException("no match request " + requestId));
    }

    /** Lazy expiry: a pending request past its date is stored as expired the first time anyone looks at it. */
    private MatchRequest expireIfDue(MatchRequest r) {
        Instant now = clock.instant();
        if (r.status() == MatchRequestStatus.PENDING && r.effectiveStatus(now) == MatchRequestStatus.EXPIRED) {
            try {
                return requests.close(r, MatchRequestStatus.EXPIRED, now);
            } catch (ConflictException answeredMeanwhile) {
                return requests.get(r.id()).orElse(r);
            }
        }
        return r;
    }

    private void cancelOtherRequests(MatchRequest accepted, Instant now) {
        List<String> matchedPeople = new ArrayList<>(List.of(accepted.menteeId()));
        if (Matchmaking.isPeer(programs.get(accepted.programId()))) {
            matchedPeople.add(accepted.mentorId());
        }
        for (String person : matchedPeople) {
            for (MatchRequest other : requests.byMentee(person, accepted.programId())) {
                if (!other.id().equals(accepted.id()) && other.status() == MatchRequestStatus.PENDING) {
                    try {
                        requests.close(other, MatchRequestStatus.CANCELLED, now);
                    } catch (ConflictException answeredMeanwhile) {
                        // accepted or declined at the same moment: its own answer stands
                    }
                }
            }
        }
    }

    private Registration seeker(Program program, String userId) {
        return people.registered(program.id(), userId)
                .filter(r -> r.role() == program.seekerRole())
                .orElseThrow(() -> new ForbiddenException("only registered " + program.seekerRole().wire()
                        + "s of this program ask for suggestions and send requests"));
    }

    private static void refuseIfMatched(Program program, List<Relationship> mine) {
        if (mine.stream().anyMatch(Relationship::isActive)) {
            throw new ConflictException("already-matched", "you are in an active relationship in this program already");
        }
    }

    static String describe(Rule rule) {
        return rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
