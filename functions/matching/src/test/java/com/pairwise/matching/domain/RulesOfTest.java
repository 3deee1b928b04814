package com.pairwise.matching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.matching.engine.BoundaryRule;
import com.pairwise.matching.engine.Format;
import com.pairwise.matching.engine.MatchingRules;
import com.pairwise.matching.engine.Objective;
import com.pairwise.matching.engine.PairKey;
import com.pairwise.matching.engine.Participant;
import com.pairwise.shared.model.BoundaryPreference;
import com.pairwise.shared.model.MatchingObjective;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.RelationshipStatus;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Program settings and registrations become the engine's rules and participants; no storage, no JSON. */
class RulesOfTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Program program(ProgramFormat format, MatchingSettings m, LocalDate start) {
        ProgramSettings s = new ProgramSettings("P", null, ProgramKind.COHORT, start, start == null ? null : start.plusMonths(3),
                format, ProgramStatus.OPEN, null, null, null, 3, Set.of(), List.of("en"), List.of("junior", "mid", "senior"),
                List.of(), m);
        return new Program("prg_1", s, NOW, NOW, 0);
    }

    @Test
    void everySettingReachesTheEngine() {
        MatchingSettings m = new MatchingSettings(false, 1, 2, null, 3, false, BoundaryPreference.REQUIRED, BoundaryPreference.BONUS,
                false, 7, 5, 1, MatchingObjective.HIGHEST_SCORE, 10);
        Relationship ended = new Relationship("rel_1", "prg_1", "ana", List.of("bo", "cy"), ProgramFormat.GROUP,
                RelationshipStatus.ENDED, NOW, NOW, null, List.of());
        MatchingRules r = RulesOf.program(program(ProgramFormat.REVERSE, m, LocalDate.parse("2027-07-01")), List.of(ended), NOW);
        assertEquals(Format.REVERSE, r.format());
        assertEquals(Objective.MAX_SCORE, r.objective());
        assertFalse(r.requireSharedLanguage());
        assertEquals(1, r.minLevelsAbove());
        assertEquals(2, r.maxLevelsAbove());
        assertEquals(3, r.maxTimeZoneHours());
        assertFalse(r.timeZoneHard());
        assertEquals(BoundaryRule.REQUIRED, r.country());
        assertEquals(BoundaryRule.BONUS, r.department());
        assertFalse(r.separateReportingLines());
        assertEquals(7, r.weights().skills());
        assertEquals(5, r.weights().goals());
        assertEquals(1, r.weights().interests());
        assertEquals(Set.of(new PairKey("ana", "bo"), new PairKey("ana", "cy")), r.excludedPairs());
        assertEquals(Instant.parse("2027-07-01T12:00:00Z"), r.at(), "time zones compare at the program's start (summer time)");
    }

    @Test
    void withoutAStartDateTimeZonesCompareNow() {
        assertEquals(NOW, RulesOf.program(program(ProgramFormat.PEER, MatchingSettings.DEFAULTS, null), List.of(), NOW).at());
        assertTrue(RulesOf.program(program(ProgramFormat.PEER, MatchingSettings.DEFAULTS, null), List.of(), NOW).requireSharedLanguage());
    }

    @Test
    void aRegistrationBecomesAParticipantWithItsLadderLevelAndFreePlaces() {
        Program p = program(ProgramFormat.ONE_TO_ONE, MatchingSettings.DEFAULTS, null);
        Profile own = new Profile("Ana", "a@example.com", List.of("en"), "Europe/Madrid", "ES", null, "Ops", "senior",
                List.of("Sales"), List.of(), null, List.of(), 4);
        Registration mentor = new Registration("prg_1", "ana", Role.MENTOR, RegistrationStatus.REGISTERED, own, NOW, NOW, 0);
        Participant a = Participants.of(mentor, p, 1);
        assertEquals(2, a.seniorityIndex());
        assertEquals(3, a.freeCapacity());
        Profile noCapacity = new Profile("Bo", "b@example.com", List.of("en"), null, null, null, null, "principal",
                List.of(), List.of(), null, List.of(), null);
        Registration other = new Registration("prg_1", "bo", Role.MENTOR, RegistrationStatus.REGISTERED, noCapacity, NOW, NOW, 0);
        assertEquals(3, Participants.capacity(other, p), "the program's default capacity");
        assertEquals(-1, Participants.of(other, p, 0).seniorityIndex(), "a level not on the ladder is unknown");
        assertEquals(0, Participants.of(other, p, 5).freeCapacity(), "over-booked is full, never negative");
    }
}
