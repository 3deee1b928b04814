package com.pairwise.matching.engine;

import static com.pairwise.matching.engine.People.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final MatchingRules BASIC = MatchingRules.builder(Format.ONE_TO_ONE).build();

    private static Optional<Rule> check(Participant mentor, Participant mentee, MatchingRules rules) {
        return Eligibility.whyNot(mentor, mentee, rules);
    }

    @Test
    void sharedLanguageIsRequired() {
        Participant mentor = person("m").languages("es", "pt").build();
        assertEquals(Optional.of(Rule.LANGUAGE), check(mentor, person("e").languages("en").build(), BASIC));
        assertEquals(Optional.empty(), check(mentor, person("e").languages("en", "PT").build(), BASIC));
        MatchingRules off = MatchingRules.builder(Format.ONE_TO_ONE).requireSharedLanguage(false).build();
        assertEquals(Optional.empty(), check(mentor, person("e").languages("en").build(), off));
    }

    @Test
    void seniorityBandIsInclusive() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).levelsAbove(1, 3).build();
        Participant mentee = person("e").level(2).build();
        assertEquals(Optional.of(Rule.SENIORITY), check(person("m").level(2).build(), mentee, rules));
        assertEquals(Optional.empty(), check(person("m").level(3).build(), mentee, rules));
        assertEquals(Optional.empty(), check(person("m").level(5).build(), mentee, rules));
        assertEquals(Optional.of(Rule.SENIORITY), check(person("m").level(6).build(), mentee, rules));
        assertEquals(Optional.of(Rule.SENIORITY), check(person("m").level(-1).build(), mentee, rules));
    }

    @Test
    void reverseProgramsWantAJuniorMentor() {
        MatchingRules rules = MatchingRules.builder(Format.REVERSE).levelsAbove(2, null).build();
        Participant exec = person("e").level(6).build();
        assertEquals(Optional.empty(), check(person("m").level(1).build(), exec, rules));
        assertEquals(Optional.of(Rule.SENIORITY), check(person("m").level(5).build(), exec, rules));
        assertEquals(Optional.of(Rule.SENIORITY), check(person("m").level(8).build(), exec, rules));
    }

    @Test
    void peersWithinKLevels() {
        MatchingRules rules = MatchingRules.builder(Format.PEER).peerMaxLevelGap(1).build();
        assertEquals(Optional.empty(), check(person("a").level(3).build(), person("b").level(4).build(), rules));
        assertEquals(Optional.of(Rule.SENIORITY),
                check(person("a").level(3).build(), person("b").level(5).build(), rules));
    }

    @Test
    void timeZoneDistanceIsCircularAndDaylightAware() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).maxTimeZoneHours(3, true)
                .at(Instant.parse("2025-07-01T12:00:00Z")).build();
        // Kiribati +14 and Etc/GMT+12 (−12) are 26 h apart on the calendar, 2 h on the clock.
        assertEquals(Optional.empty(),
                check(person("m").zone("Pacific/Kiritimati").build(), person("e").zone("Etc/GMT+12").build(), rules));
        assertEquals(Optional.of(Rule.TIME_ZONE),
                check(person("m").zone("Asia/Tokyo").build(), person("e").zone("Europe/London").build(), rules));
        // Madrid−New York is 6 h in July; London−New York 5 h; but New York−Sao Paulo only 1 h in July.
        assertEquals(Optional.empty(), check(person("m").zone("America/New_York").build(),
                person("e").zone("America/Sao_Paulo").build(), rules));
        assertEquals(Optional.of(Rule.TIME_ZONE),
                check(person("m").zone("Nowhere/Atlantis").build(), person("e").build(), rules));
        // Daylight saving: London and Sao Paulo are 4 h apart in July, 3 h in January.
        MatchingRules winter = MatchingRules.builder(Format.ONE_TO_ONE).maxTimeZoneHours(3, true)
                .at(Instant.parse("2025-01-15T12:00:00Z")).build();
        Participant sp = person("m").zone("America/Sao_Paulo").build();
        assertEquals(Optional.of(Rule.TIME_ZONE), check(sp, person("e").build(), rules));
        assertEquals(Optional.empty(), check(sp, person("e").build(), winter));
        assertEquals(120, TimeZones.distanceMinutes(14 * 3600, -12 * 3600));
        assertEquals(12 * 60, TimeZones.distanceMinutes(12 * 3600, 0));
        assertEquals(15, TimeZones.distanceMinutes(5 * 3600 + 45 * 60, 5 * 3600 + 30 * 60));
    }

    @Test
    void softTimeZoneNeverExcludes() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE).maxTimeZoneHours(1, false).build();
        assertEquals(Optional.empty(),
                check(person("m").zone("Asia/Tokyo").build(), person("e").zone("Europe/London").build(), rules));
    }

    @Test
    void boundariesCanBeRequired() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE)
                .country(BoundaryRule.REQUIRED).department(BoundaryRule.REQUIRED).build();
        Participant mentee = person("e").country("GB").department("Sales").build();
        assertEquals(Optional.of(Rule.COUNTRY), check(person("m").country("gb").department("Eng").build(), mentee, rules));
        assertEquals(Optional.of(Rule.DEPARTMENT),
                check(person("m").country("BR").department(" sales ").build(), mentee, rules));
        assertEquals(Optional.empty(), check(person("m").country("BR").department("Eng").build(), mentee, rules));
        assertEquals(Optional.of(Rule.COUNTRY), check(person("m").country(null).department("Eng").build(), mentee, rules));
        MatchingRules region = MatchingRules.builder(Format.ONE_TO_ONE).region(BoundaryRule.REQUIRED).build();
        assertEquals(Optional.of(Rule.REGION), check(person("m").build(), person("e").build(), region));
    }

    @Test
    void reportingLinesAreSeparated() {
        Participant boss = person("boss").build();
        Participant mid = person("mid").manager("boss").build();
        Participant junior = person("junior").manager("mid").build();
        assertEquals(Optional.of(Rule.REPORTING_LINE), check(mid, junior, BASIC));
        // Manager's manager is only known when the org chart says so (boss is not a participant of this pair).
        assertEquals(Optional.empty(), check(boss, junior, BASIC));
        MatchingRules withChart = MatchingRules.builder(Format.ONE_TO_ONE).orgChart(Map.of("mid", "boss")).build();
        assertEquals(Optional.of(Rule.REPORTING_LINE), check(boss, junior, withChart));
        // And the other way round: the mentee manages the mentor.
        assertEquals(Optional.of(Rule.REPORTING_LINE), check(junior, mid, BASIC));
        MatchingRules off = MatchingRules.builder(Format.ONE_TO_ONE).separateReportingLines(false).build();
        assertEquals(Optional.empty(), check(mid, junior, off));
    }

    @Test
    void excludedPairsAreNeverProposed() {
        MatchingRules rules = MatchingRules.builder(Format.ONE_TO_ONE)
                .excludedPairs(Set.of(new PairKey("m", "e"))).build();
        assertEquals(Optional.of(Rule.EXCLUDED_PAIR), check(person("m").build(), person("e").build(), rules));
        assertEquals(Optional.empty(), check(person("m").build(), person("x").build(), rules));
        MatchingRules peers = MatchingRules.builder(Format.PEER).excludedPairs(Set.of(new PairKey("b", "a"))).build();
        assertEquals(Optional.of(Rule.EXCLUDED_PAIR), check(person("a").build(), person("b").build(), peers));
    }

    @Test
    void fullMentorsAreNeverUsed() {
        Participant full = person("m").capacity(0).build();
        MatchingResult r = BulkMatcher.match(java.util.List.of(full), java.util.List.of(person("e").build()), BASIC);
        assertEquals(0, r.matched());
        assertEquals("every eligible mentor is full", r.unmatchedReasons().get("e"));
        assertTrue(Participant.freeCapacity(2, 5) == 0 && Participant.freeCapacity(3, 1) == 2);
    }
}
