package com.pairwise.matching.domain;

import com.pairwise.matching.engine.MatchingRules;
import com.pairwise.matching.engine.Participant;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current state of one program as matching sees it: who can still be paired, mentors' free places, and the
 * pairs never to propose again. Read once per request or job.
 */
public record Matchmaking(Program program, List<Registration> candidates, List<Participant> candidateParticipants,
                          Set<String> matched, MatchingRules rules) {

    public static Role candidateRole(Program program) {
        return program.settings().format() == ProgramFormat.PEER ? Role.PEER : Role.MENTOR;
    }

    public static boolean isPeer(Program program) {
        return program.settings().format() == ProgramFormat.PEER;
    }

    /**
     * @param history the relationships whose pairs are excluded (for one person: theirs; for a run: the program's)
     */
    public static Matchmaking load(Program program, People people, RelationshipStore relationships, List<Relationship> history, Instant now) {
        List<Registration> candidates = people.registered(program.id(), candidateRole(program));
        Set<String> matched = relationships.matchedPeople(program.id());
        if (isPeer(program)) {
            // A peer pairs once at a time; peers already paired are no candidates.
            candidates = candidates.stream().filter(c -> !matched.contains(c.userId())).collect(Collectors.toList());
        }
        Map<String, Integer> loads = relationships.mentorLoads(program.id());
        return new Matchmaking(program, candidates, Participants.mentors(candidates, program, loads), matched,
                RulesOf.program(program, history, now));
    }
}
