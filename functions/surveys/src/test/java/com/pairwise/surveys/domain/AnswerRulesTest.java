package com.pairwise.surveys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {
    private final ShippedTemplates templates = new ShippedTemplates();
    private final SurveyTemplate quality = templates.require(ShippedTemplates.QUALITY);

    private static Map<String, AnswerValue> answers(Object... pairs) {
        Map<String, AnswerValue> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (AnswerValue) pairs[i + 1]);
        }
        return m;
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteAnswerIsCheckedIntoTypedAnswersInQuestionOrder() {
        Map<String, Answer> checked = AnswerRules.check(quality, List.of(), answers(
                "q5", new AnswerValue.Text("  More structure\r\nplease "),
                "q1", new AnswerValue.Whole(4),
                "q2", new AnswerValue.Text("monthly"),
                "q3", new AnswerValue.Text("yes"),
                "q4", new AnswerValue.Texts(List.of("network", "feedback", "network"))));
        assertEquals(List.of("q1", "q2", "q3", "q4", "q5"), List.copyOf(checked.keySet()));
        assertEquals(new Answer.Score(4), checked.get("q1"));
        assertEquals(new Answer.Choices(List.of("feedback", "network")), checked.get("q4"), "question order, no duplicates");
        assertEquals(new Answer.Written("More structure\nplease"), checked.get("q5"));
    }

    @Test
    void optionalQuestionsMayBeLeftOut() {
        Map<String, Answer> checked = AnswerRules.check(quality, List.of(), answers(
                "q1", new AnswerValue.Whole(5), "q2", new AnswerValue.Text("weekly"), "q3", new AnswerValue.Text("no")));
        assertEquals(3, checked.size());
    }

    @Test
    void everyBadAnswerIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> AnswerRules.check(quality, List.of(), answers(
                "q1", new AnswerValue.Whole(6),
                "q2", new AnswerValue.Whole(3),
                "q4", new AnswerValue.Texts(List.of("bribes")),
                "q9", new AnswerValue.Text("hello"))));
        assertEquals(List.of("answers.q9", "answers.q1", "answers.q2", "answers.q3", "answers.q4"), fields(e));
        assertEquals("must be from 1 to 5", e.errors().get(1).message());
        assertEquals("is not a question of this survey", e.errors().get(0).message());
        assertEquals("is required", e.errors().get(3).message());
    }

    @Test
    void wrongTypesSayWhatWasSent() {
        ValidationException e = assertThrows(ValidationException.class, () -> AnswerRules.check(quality, List.of(), answers(
                "q1", new AnswerValue.Other("a fraction"), "q2", new AnswerValue.Texts(List.of("weekly")),
                "q3", new AnswerValue.Text("maybe"), "q5", new AnswerValue.Whole(1))));
        assertEquals(List.of("answers.q1", "answers.q2", "answers.q3", "answers.q5"), fields(e));
        assertEquals("must be a whole number from 1 to 5, not a fraction", e.errors().get(0).message());
        assertEquals("must be one of [weekly, every_two_weeks, monthly, less_often, not_yet], not a list", e.errors().get(1).message());
    }

    @Test
    void npsRunsFromZeroToTen() {
        SurveyTemplate nps = templates.require(ShippedTemplates.NPS);
        assertEquals(new Answer.Score(0), AnswerRules.check(nps, List.of(), answers("q1", new AnswerValue.Whole(0))).get("q1"));
        assertEquals(new Answer.Score(10), AnswerRules.check(nps, List.of(), answers("q1", new AnswerValue.Whole(10))).get("q1"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> AnswerRules.check(nps, List.of(), answers("q1", new AnswerValue.Whole(11))));
        assertEquals(List.of("answers.q1"), fields(e));
    }

    @Test
    void skillRatingsCoverExactlyTheSkillsAskedAbout() {
        SurveyTemplate before = templates.require(ShippedTemplates.SKILLS_BEFORE);
        List<String> skills = List.of("negotiation", "public speaking");
        Map<String, Answer> ok = AnswerRules.check(before, skills, answers("q1",
                new AnswerValue.Named(Map.of("negotiation", new AnswerValue.Whole(2), "public speaking", new AnswerValue.Whole(3)))));
        assertEquals(new Answer.Ratings(Map.of("negotiation", 2, "public speaking", 3)), ok.get("q1"));

        ValidationException e = assertThrows(ValidationException.class, () -> AnswerRules.check(before, skills, answers("q1",
                new AnswerValue.Named(Map.of("negotiation", new AnswerValue.Whole(9), "juggling", new AnswerValue.Whole(3))))));
        assertEquals(List.of("answers.q1.juggling", "answers.q1.negotiation", "answers.q1.public speaking"),
                fields(e).stream().sorted().toList());
    }

    @Test
    void aSkillSurveyForSomeoneWithoutSkillsToDevelopNeedsNoRatings() {
        SurveyTemplate before = templates.require(ShippedTemplates.SKILLS_BEFORE);
        assertEquals(Map.of(), AnswerRules.check(before, List.of(), Map.of()));
    }

    @Test
    void blankRequiredTextIsMissing() {
        SurveyTemplate testimonial = templates.require(ShippedTemplates.TESTIMONIAL);
        ValidationException e = assertThrows(ValidationException.class, () -> AnswerRules.check(testimonial, List.of(),
                answers("q1", new AnswerValue.Text("   "), "q2", new AnswerValue.Text("no"))));
        assertEquals(List.of("answers.q1"), fields(e));
    }
}
