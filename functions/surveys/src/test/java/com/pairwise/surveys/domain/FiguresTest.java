package com.pairwise.surveys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contributions of answers, the figures computed from the counters, suppression and on-track flags. */
class FiguresTest {
    private final ShippedTemplates templates = new ShippedTemplates();

    private Map<String, Long> sum(List<Map<String, Long>> contributions) {
        Map<String, Long> total = new HashMap<>();
        contributions.forEach(c -> c.forEach((k, v) -> total.merge(k, v, Long::sum)));
        return total;
    }

    private Map<String, Long> nps(int score) {
        return Contribution.of("nps", templates.require(ShippedTemplates.NPS), Map.of("q1", new Answer.Score(score)), null);
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercent() {
        Map<String, Long> counters = sum(List.of(nps(10), nps(9), nps(8), nps(6), nps(0), nps(10)));
        counters.put(Counters.sent("nps"), 12L);
        GroupFigures f = GroupFigures.from("all", counters);
        assertEquals(100.0 * (3 - 2) / 6, f.nps(), 0.01);
        assertEquals(6, f.answers());
        assertEquals(List.of(new ResponseRate("nps", 12, 6)), f.responseRates());
        assertEquals(0.5, f.responseRates().get(0).rate());
    }

    @Test
    void figuresOnFewerThanFiveAnswersAreWithheld() {
        GroupFigures f = GroupFigures.from("all", sum(List.of(nps(10), nps(9), nps(8), nps(6))));
        assertNull(f.nps());
        assertEquals(4L, f.npsAnswers());
    }

    @Test
    void satisfactionAveragesAndPairedSkillChange() {
        SurveyTemplate after = templates.require(ShippedTemplates.SKILLS_AFTER);
        SurveyTemplate quality = templates.require(ShippedTemplates.QUALITY);
        List<Map<String, Long>> all = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            all.add(Contribution.of("quality", quality, Map.of("q1", new Answer.Score(i)), null));
            all.add(Contribution.of("skills-after", after, Map.of("q1", new Answer.Ratings(Map.of("a", 4, "b", 5))),
                    Map.of("a", 2, "c", 1)));
        }
        GroupFigures f = GroupFigures.from("all", sum(all));
        assertEquals(3.0, f.satisfaction());
        assertEquals(2.0, f.skillChange(), "only skill a was rated both times: 4 - 2");
        assertEquals(5L, f.skillChangeAnswers());
        assertEquals(4.5, f.skillsAfter());
    }

    @Test
    void anEditReplacesItsContribution() {
        Map<String, Long> diff = Contribution.difference(nps(3), nps(10));
        assertEquals(Map.of(Counters.NPS_DETRACTORS, -1L, Counters.NPS_PROMOTERS, 1L), diff);
    }

    @Test
    void smallGroupsAreHiddenAndSoIsTheNextSmallestWhenOnlyOneIsHidden() {
        GroupFigures north = figures("north", 20);
        GroupFigures south = figures("south", 7);
        GroupFigures east = figures("east", 9);
        GroupFigures west = figures("west", 3);
        List<GroupFigures> shown = KAnonymity.protect(List.of(north, south, east, west));
        assertEquals(List.of(false, true, false, true), shown.stream().map(GroupFigures::suppressed).toList());
        assertNull(shown.get(3).satisfaction());
        assertEquals(0, shown.get(1).answers());

        List<GroupFigures> twoSmall = KAnonymity.protect(List.of(north, figures("south", 2), west));
        assertEquals(List.of(false, true, true), twoSmall.stream().map(GroupFigures::suppressed).toList());
        assertFalse(KAnonymity.protect(List.of(north)).get(0).suppressed());
    }

    private GroupFigures figures(String region, long answers) {
        return GroupFigures.from(region, Map.of(Counters.answered("quality"), answers, Counters.SATISFACTION_N, answers,
                Counters.SATISFACTION_SUM, answers * 4));
    }

    @Test
    void aRelationshipNeedsACheckInWhenStuckOrUnhappy() {
        SurveyTemplate checkIn = templates.require(ShippedTemplates.CHECK_IN);
        assertEquals(Optional.of(false), OnTrackRule.needsCheckIn(checkIn, Map.of("q1", new Answer.Score(4), "q2", new Answer.Choice("yes"))));
        assertEquals(Optional.of(true), OnTrackRule.needsCheckIn(checkIn, Map.of("q1", new Answer.Score(5), "q2", new Answer.Choice("no"))));
        assertEquals(Optional.of(true), OnTrackRule.needsCheckIn(checkIn, Map.of("q1", new Answer.Score(2), "q2", new Answer.Choice("yes"))));
        assertEquals(Optional.of(true), OnTrackRule.needsCheckIn(checkIn, Map.of("q1", new Answer.Score(3), "q2", new Answer.Choice("partly"))));
        assertEquals(Optional.of(false), OnTrackRule.needsCheckIn(checkIn, Map.of("q1", new Answer.Score(4), "q2", new Answer.Choice("partly"))));
        assertEquals(Optional.empty(), OnTrackRule.needsCheckIn(templates.require(ShippedTemplates.NPS), Map.of("q1", new Answer.Score(0))));
    }

    @Test
    void instanceIdsAreStableAndDistinct() {
        String id = InstanceIds.of("prg_1", "quality", "rel_1", "u1", 1);
        assertEquals(id, InstanceIds.of("prg_1", "quality", "rel_1", "u1", 1));
        assertFalse(id.equals(InstanceIds.of("prg_1", "quality", "rel_1", "u1", 2)));
        assertTrue(com.pairwise.shared.domain.Identifiers.isValid(id));
    }
}
