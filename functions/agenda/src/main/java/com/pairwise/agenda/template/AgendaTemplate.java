package com.pairwise.agenda.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A program's ordered series of sessions, in a base language with optional translations.
 *
 * @param language ISO 639-1 code of {@code sessions}
 */
public record AgendaTemplate(String language, List<Session> sessions, List<Translation> translations) {

    public AgendaTemplate {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        translations = translations == null ? List.of() : List.copyOf(translations);
    }

    /** Every language this template can be read in, base first. */
    public List<String> languages() {
        List<String> out = new ArrayList<>();
        out.add(language);
        translations.forEach(t -> out.add(t.language()));
        return out;
    }

    /** The sessions in {@code lang}, if the template has that language. */
    public Optional<List<Session>> sessionsIn(String lang) {
        if (language.equals(lang)) {
            return Optional.of(sessions);
        }
        return translations.stream().filter(t -> t.language().equals(lang)).findFirst().map(Translation::sessions);
    }

    /**
     * The first of {@code preferred} this template has, else English when it has it, else its base language.
     */
    public String languageFor(List<String> preferred) {
        List<String> available = languages();
        for (String lang : preferred) {
            if (available.contains(lang)) {
                return lang;
            }
        }
        return available.contains("en") ? "en" : language;
    }
}
