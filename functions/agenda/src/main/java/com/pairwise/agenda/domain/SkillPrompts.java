package com.pairwise.agenda.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Discussion prompts for one skill a mentee wants to develop, per language.
 *
 * @param aliases words that name the skill in a profile, per language, lower case
 * @param prompts prompts per language
 */
public record SkillPrompts(String id, Map<String, List<String>> aliases, Map<String, List<String>> prompts) {
    public SkillPrompts {
        aliases = Map.copyOf(aliases);
        prompts = Map.copyOf(prompts);
    }

    /** True when a profile's free-text skill is exactly one of this skill's names, in any language. */
    public boolean named(String skill) {
        String s = normal(skill);
        return s.equals(id) || aliases.values().stream().flatMap(List::stream).anyMatch(s::equals);
    }

    /** True when a profile's free-text skill mentions one of this skill's names, e.g. "public speaking at events". */
    public boolean mentioned(String skill) {
        String s = normal(skill);
        return aliases.values().stream().flatMap(List::stream).anyMatch(s::contains);
    }

    private static String normal(String skill) {
        return skill.toLowerCase(Locale.ROOT).strip();
    }

    public List<String> promptsIn(String language) {
        return prompts.getOrDefault(language, prompts.getOrDefault("en", List.of()));
    }
}
