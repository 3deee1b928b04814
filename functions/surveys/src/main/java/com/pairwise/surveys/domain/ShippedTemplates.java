package com.pairwise.surveys.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates that ship with the product. Their structure is here, in code, so every language has the same
 * questions; their wording is in {@code surveys/texts_<lang>.properties} ({@link TemplateTexts}).
 */
public final class ShippedTemplates {
    public static final String CHECK_IN = "check-in";
    public static final String QUALITY = "quality";
    public static final String END = "end";
    public static final String NPS = "nps";
    public static final String SKILLS_BEFORE = "skills-before";
    public static final String SKILLS_AFTER = "skills-after";
    public static final String TESTIMONIAL = "testimonial";

    private static final int LONG_TEXT = 2000;

    private final Map<String, SurveyTemplate> templates = new LinkedHashMap<>();

    public ShippedTemplates() {
        add(new SurveyTemplate(CHECK_IN, List.of(
                Question.scale("q1", true, Metric.SATISFACTION),
                Question.single("q2", true, Metric.ON_TRACK, "yes", "partly", "no"),
                Question.text("q3", false, LONG_TEXT))));
        add(new SurveyTemplate(QUALITY, List.of(
                Question.scale("q1", true, Metric.SATISFACTION),
                Question.single("q2", true, Metric.NONE, "weekly", "every_two_weeks", "monthly", "less_often", "not_yet"),
                Question.single("q3", true, Metric.ON_TRACK, "yes", "partly", "no"),
                Question.multiple("q4", false, "goal_setting", "feedback", "career_advice", "skill_practice", "network", "confidence"),
                Question.text("q5", false, LONG_TEXT))));
        add(new SurveyTemplate(END, List.of(
                Question.scale("q1", true, Metric.SATISFACTION),
                Question.single("q2", true, Metric.NONE, "fully", "partly", "not_at_all"),
                Question.multiple("q3", false, "skills", "confidence", "network", "career_move", "perspective", "nothing_yet"),
                Question.scale("q4", false, Metric.NONE),
                Question.text("q5", false, LONG_TEXT))));
        add(new SurveyTemplate(NPS, List.of(
                Question.nps("q1"),
                Question.text("q2", false, LONG_TEXT))));
        add(new SurveyTemplate(SKILLS_BEFORE, List.of(Question.skills("q1", Metric.SKILLS_BEFORE))));
        add(new SurveyTemplate(SKILLS_AFTER, List.of(
                Question.skills("q1", Metric.SKILLS_AFTER),
                Question.text("q2", false, LONG_TEXT))));
        add(new SurveyTemplate(TESTIMONIAL, List.of(
                Question.text("q1", true, LONG_TEXT),
                Question.single("q2", true, Metric.QUOTE_CONSENT, "yes_with_name", "yes_anonymously", "no"))));
    }

    private void add(SurveyTemplate template) {
        templates.put(template.id(), template);
    }

    public Optional<SurveyTemplate> get(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    public SurveyTemplate require(String id) {
        return get(id).orElseThrow(() -> new IllegalStateException("no shipped template " + id));
    }

    public List<SurveyTemplate> all() {
        return List.copyOf(templates.values());
    }
}
