package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.AgendaTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The wording the generator uses besides the template: phrases per language and the skills prompt library. */
public record ContentLibrary(AgendaTemplate defaultTemplate, Map<String, Phrases> phrases, List<SkillPrompts> skills) {
    public ContentLibrary {
        phrases = Map.copyOf(phrases);
        skills = List.copyOf(skills);
        if (!phrases.containsKey("en")) {
            throw new IllegalArgumentException("English phrases are required: they are the fallback");
        }
    }

    /** Phrases in {@code language}, else English (a template may be translated into a language we have no phrases for). */
    public Phrases phrasesIn(String language) {
        return phrases.getOrDefault(language, phrases.get("en"));
    }

    /** The library entry a profile's skill names exactly, else the first one it mentions. */
    public Optional<SkillPrompts> skill(String profileSkill) {
        return skills.stream().filter(s -> s.named(profileSkill)).findFirst()
                .or(() -> skills.stream().filter(s -> s.mentioned(profileSkill)).findFirst());
    }
}
