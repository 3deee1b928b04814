package com.pairwise.surveys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTextsTest {
    private final ShippedTemplates templates = new ShippedTemplates();
    private final TemplateTexts texts = new TemplateTexts();

    @Test
    void everyLanguageWordsEveryQuestionOptionAndScaleEnd() {
        List<String> missing = new ArrayList<>();
        for (SurveyTemplate t : templates.all()) {
            for (String key : TemplateTexts.keysOf(t)) {
                for (String language : TemplateTexts.LANGUAGES) {
                    if (!texts.has(language, key) || texts.text(language, key).isBlank()) {
                        missing.add(language + ":" + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void translationsAreTranslatedNotCopied() {
        for (SurveyTemplate t : templates.all()) {
            String q1 = t.id() + ".q1";
            assertNotEquals(texts.text("en", q1), texts.text("es", q1), q1);
            assertNotEquals(texts.text("en", q1), texts.text("fr", q1), q1);
        }
        assertEquals("¿Recomendarías el programa?", texts.text("es", "nps.title"), "UTF-8 read as UTF-8");
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertEquals("en", TemplateTexts.supported("de"));
        assertEquals("fr", TemplateTexts.supported("FR"));
        assertEquals(texts.text("en", "nps.q1"), texts.text("de", "nps.q1"));
    }

    @Test
    void theShippedTemplatesCoverTheProgramLifecycle() {
        assertEquals(List.of("check-in", "quality", "end", "nps", "skills-before", "skills-after", "testimonial"),
                templates.all().stream().map(SurveyTemplate::id).toList());
        assertTrue(templates.require(ShippedTemplates.SKILLS_AFTER).asksForSkills());
    }
}
