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
 * The current state of one program as matching sees it: who can still be paired (candidates with their free places,
 * and the seekers not matched yet), and the pairs never to propose again. Read once per job or index build.
 */
public record Matchmaking(Program program, List<Registration> candidates, List<Participant> candidateParticipants,
                          List<Registration> seekers, Set<String> matched, MatchingRules rules) {

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
        // One pass over the program's registrations serves both sides: in a large program reading is the cost.
        List<Registration> everyone = people.registered(program.id());
        Set<String> matched = relationships.matchedPeople(program.id());
        Role candidateRole = candidateRole(program);
        List<Registration> candidates = everyone.stream().filter(r -> r.role() == candidateRole)
                // A peer pairs once at a time; peers already paired are no candidates.
                .filter(r -> !isPeer(program) || !matched.contains(r.userId()))
                .collect(Collectors.toList());
        List<Registration> seekers = isPeer(program) ? candidates : everyone.stream()
                .filter(r -> r.role() == program.seekerRole() && !matched.contains(r.userId())).collect(Collectors.toList());
        Map<String, Integer> loads = relationships.mentorLoads(program.id());
        return new Matchmaking(program, candidates, Participants.mentors(candidates, program, loads), seekers, matched,
                RulesOf.program(program, history, now));
    }
}
