package com.pairwise.agenda.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pairwise.agenda.domain.ContentLibrary;
import com.pairwise.agenda.domain.Phrases;
import com.pairwise.agenda.domain.SkillPrompts;
import com.pairwise.agenda.template.Session;
import com.pairwise.agenda.template.TemplateRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content shipped in the jar is complete in every language it claims. */
class BundledContentTest {
    private final ContentLibrary content = BundledContent.load();

    @Test
    void theDefaultTemplateIsValidAndTranslatedIntoSpanishAndFrench() {
        assertEquals(List.of(), TemplateRules.errors(content.defaultTemplate()));
        assertEquals(List.of("en", "es", "fr"), content.defaultTemplate().languages());
        List<Session> sessions = content.defaultTemplate().sessions();
        assertTrue(sessions.size() >= 6, "a program's worth of sessions");
        assertEquals("getting-to-know", sessions.get(0).key());
        assertEquals("reflection-and-celebration", sessions.get(sessions.size() - 1).key());
        for (Session s : sessions) {
            assertFalse(s.resources().isEmpty(), s.key() + " has learning resources");
            assertFalse(s.mentorPreparation().isEmpty() || s.menteePreparation().isEmpty(), s.key() + " has preparation for both");
        }
    }

    @Test
    void everyLanguageHasEveryPhrase() {
        for (String lang : BundledContent.LANGUAGES) {
            Phrases phrases = content.phrasesIn(lang);
            assertEquals(lang, phrases.language());
            for (String key : Phrases.KEYS) {
                assertFalse(phrases.get(key).isBlank(), lang + " " + key);
            }
            assertEquals(Phrases.KEYS.size(), phrases.texts().size(), lang + ": no phrase outside Phrases.KEYS");
        }
        assertEquals("en", content.phrasesIn("de").language(), "unknown languages fall back to English");
    }

    @Test
    void everySkillHasPromptsAndNamesInEveryLanguage() {
        assertTrue(content.skills().size() >= 8);
        for (SkillPrompts skill : content.skills()) {
            for (String lang : BundledContent.LANGUAGES) {
                assertFalse(skill.promptsIn(lang).isEmpty(), skill.id() + " prompts " + lang);
                assertFalse(skill.aliases().getOrDefault(lang, List.of()).isEmpty(), skill.id() + " aliases " + lang);
                assertEquals(skill.promptsIn("en").size(), skill.prompts().get(lang).size(), skill.id() + " " + lang);
            }
        }
    }
}
