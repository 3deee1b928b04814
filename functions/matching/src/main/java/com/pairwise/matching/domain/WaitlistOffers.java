package com.pairwise.matching.domain;

import com.pairwise.matching.engine.MatchingRules;
import com.pairwise.matching.engine.Participant;
import com.pairwise.matching.engine.ScoredPair;
import com.pairwise.matching.engine.Suggestions;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.model.MatchRequest;
import com.pairwise.shared.model.MatchRequestOrigin;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.MatchRequestStore;
import com.pairwise.shared.store.RelationshipStore;
import com.pairwise.shared.store.WaitlistStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a mentor has a free place again, the best-fitting person waiting for one (left unmatched by a committed run)
 * is offered to that mentor as a pending match request made on their behalf ({@code origin = waitlist_offer}). The
 * mentor answers it like any request; accepting removes the person from the waiting list. Ties go to whoever has
 * waited longest. Open requests to the mentor hold places, and nobody with an open request of their own is offered
 * another, so offers never compete with what people asked for themselves. Offering is best effort: a failure is logged and never undoes what freed the place.
 */
public final class WaitlistOffers implements CapacityListener {
    private final ProgramAccess programs;
    private final People people;
    private final RelationshipStore relationships;
    private final MatchRequestStore requests;
    private final AnnouncedRequests announced;
    private final WaitlistStore waitlist;
    private final Clock clock;
    private final IdGenerator ids;
    private final PrintStream log;

    public WaitlistOffers(ProgramAccess programs, People people, RelationshipStore relationships, MatchRequestStore requests,
                          AnnouncedRequests announced,
                          WaitlistStore waitlist, Clock clock, IdGenerator ids, PrintStream log) {
        this.programs = programs;
        this.people = people;
        this.relationships = relationships;
        this.requests = requests;
        this.announced = announced;
        this.waitlist = waitlist;
        this.clock = clock;
        this.ids = ids;
        this.log = log;
    }

    @Override
    public void mentorHasRoom(String programId, String mentorId) {
        try {
            offer(programId, mentorId, 1);
        } catch (RuntimeException e) {
            log.println("{\"level\":\"ERROR\",\"function\":\"matching\",\"message\":\"waitlist offer failed\",\"error\":\""
                    + e.getClass().getName() + "\"}");
        }
    }

    /**
     * A mentor raised their capacity by {@code places}: up to that many people waiting are offered a place, one offer
     * each. Every open request to the mentor (offers and requests people sent themselves) holds one of the free
     * places, so a redelivered event offers nothing twice and a place somebody already asked for is not offered again.
     *
     * @return how many offers were made
     */
    public int capacityRaised(String programId, String mentorId, int places) {
        return offer(programId, mentorId, places).size();
    }

    /**
     * Offers up to {@code atMost} of the mentor's free places not held by an open request, best fit first. People
     * waiting who have an open request of their own (to this mentor or another) are passed over: they await an
     * answer, and a second open request would compete with it.
     */
    private List<MatchRequest> offer(String programId, String mentorId, int atMost) {
        Program program = programs.get(programId);
        if (Matchmaking.isPeer(program)) {
            return List.of();
        }
        Optional<Registration> mentor = people.registered(programId, mentorId);
        if (mentor.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        int load = relationships.mentorLoad(programId, mentorId);
        Participant mentorP = Participants.of(mentor.get(), program, load);
        long asked = requests.byMentor(mentorId, programId).stream().filter(r -> r.isOpen(now)).count();
        long room = Math.min(atMost, mentorP.freeCapacity() - asked);
        if (room <= 0) {
            return List.of();
        }
        Set<String> matched = relationships.matchedPeople(programId);
        List<Registration> waiting = new ArrayList<>();
        for (WaitlistStore.Waiting w : waitlist.list(programId)) {
            if (!matched.contains(w.userId())) {
                people.registered(programId, w.userId()).filter(r -> r.role() == program.seekerRole()).ifPresent(waiting::add);
            }
        }
        if (waiting.isEmpty()) {
            return List.of();
        }
        MatchingRules rules = RulesOf.program(program, relationships.byUser(mentorId, programId), now);
        Suggestions index = Suggestions.index(List.of(mentorP), Participants.seekers(waiting, program), rules);
        List<ScoredPair> fits = new ArrayList<>();
        for (Registration r : waiting) {
            fits.addAll(index.forPerson(r.userId(), 1));
        }
        // Stable sort: equal scores keep the waiting list's order, longest-waiting first.
        fits.sort(Comparator.comparingInt(ScoredPair::score).reversed());
        List<MatchRequest> made = new ArrayList<>();
        for (ScoredPair fit : fits) {
            if (made.size() == room) {
                break;
            }
            if (requests.byMentee(fit.menteeId(), programId).stream().anyMatch(r -> r.isOpen(now))) {
                continue; // awaiting an answer to a request of their own
            }
            MatchRequest offer = new MatchRequest(ids.next("mrq"), programId, fit.menteeId(), mentorId,
                    MatchRequestOrigin.WAITLIST_OFFER, MatchRequestStatus.PENDING, fit.score(), fit.reasons(), null, now,
                    now.plus(Duration.ofDays(program.settings().matching().requestExpiryDays())).truncatedTo(ChronoUnit.SECONDS),
                    null, null);
            try {
                made.add(announced.create(offer, now));
            } catch (ConflictException askedMeanwhile) {
                // a request from that person to this mentor appeared meanwhile; offer the next one
            }
        }
        return made;
    }
}
