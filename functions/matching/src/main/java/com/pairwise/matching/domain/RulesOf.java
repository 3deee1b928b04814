package com.pairwise.matching.domain;

import com.pairwise.matching.engine.BoundaryRule;
import com.pairwise.matching.engine.Format;
import com.pairwise.matching.engine.MatchingRules;
import com.pairwise.matching.engine.Objective;
import com.pairwise.matching.engine.PairKey;
import com.pairwise.matching.engine.Weights;
import com.pairwise.shared.model.BoundaryPreference;
import com.pairwise.shared.model.MatchingObjective;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Relationship;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A program's matching settings as the engine's {@link MatchingRules}. */
public final class RulesOf {
    private RulesOf() {
    }

    /**
     * @param history relationships (active and ended) whose pairs are never proposed again
     * @param now     when the program has no start date, time zones are compared at this instant
     */
    public static MatchingRules program(Program program, Collection<Relationship> history, Instant now) {
        MatchingSettings m = program.settings().matching();
        Format format = Format.valueOf(program.settings().format().name());
        Instant at = program.settings().startDate() == null ? now
                : program.settings().startDate().atTime(12, 0).toInstant(ZoneOffset.UTC);
        return MatchingRules.builder(format)
                .objective(m.objective() == MatchingObjective.HIGHEST_SCORE ? Objective.MAX_SCORE : Objective.MAX_MATCHED)
                .weights(new Weights(m.skillsWeight(), m.goalsWeight(), m.interestsWeight(),
                        Weights.DEFAULT.crossBoundary(), Weights.DEFAULT.timeZonePerHour()))
                .requireSharedLanguage(m.requireSharedLanguage())
                .levelsAbove(m.minLevelsAbove(), m.maxLevelsAbove())
                .peerMaxLevelGap(m.peerMaxLevelGap())
                .maxTimeZoneHours(m.maxTimeZoneHours(), m.timeZoneHard())
                .country(boundary(m.differentCountry()))
                .department(boundary(m.differentDepartment()))
                .separateReportingLines(m.separateReportingLines())
                .excludedPairs(pairs(history))
                .at(at)
                .build();
    }

    static Set<PairKey> pairs(Collection<Relationship> history) {
        Set<PairKey> out = new HashSet<>();
        for (Relationship r : history) {
            for (String mentee : r.menteeIds()) {
                out.add(new PairKey(r.mentorId(), mentee));
            }
        }
        return out;
    }

    private static BoundaryRule boundary(BoundaryPreference p) {
        return BoundaryRule.valueOf(p.name());
    }
}
