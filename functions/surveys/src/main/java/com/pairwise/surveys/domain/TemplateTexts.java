package com.pairwise.surveys.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The wording of the shipped templates per language, read once from {@code surveys/texts_<lang>.properties} (UTF-8).
 * Keys: {@code <template>.title}, {@code <template>.intro}, {@code <template>.<question>},
 * {@code <template>.<question>.<option>}, {@code <template>.<question>.low} / {@code .high} (scale ends).
 */
public final class TemplateTexts {
    public static final List<String> LANGUAGES = List.of("en", "es", "fr");
    public static final String FALLBACK = "en";

    private final Map<String, Properties> byLanguage = new LinkedHashMap<>();

    public TemplateTexts() {
        for (String language : LANGUAGES) {
            byLanguage.put(language, load(language));
        }
    }

    private static Properties load(String language) {
        String resource = "/surveys/texts_" + language + ".properties";
        try (InputStream in = TemplateTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language to show: the requested one when shipped, else English. */
    public static String supported(String language) {
        if (language == null) {
            return FALLBACK;
        }
        String lower = language.toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(lower) ? lower : FALLBACK;
    }

    /** The text for {@code key}; English when the language lacks it, the key itself when nothing has it. */
    public String text(String language, String key) {
        String value = byLanguage.get(supported(language)).getProperty(key);
        if (value == null) {
            value = byLanguage.get(FALLBACK).getProperty(key);
        }
        return value == null ? key : value;
    }

    /** Whether {@code language} has its own text for {@code key} (tests check every language is complete). */
    public boolean has(String language, String key) {
        return byLanguage.get(supported(language)).containsKey(key);
    }

    /** Every key the templates need. */
    public static List<String> keysOf(SurveyTemplate template) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(template.id() + ".title");
        keys.add(template.id() + ".intro");
        for (Question q : template.questions()) {
            String base = template.id() + "." + q.id();
            keys.add(base);
            q.options().forEach(o -> keys.add(base + "." + o));
            if (q.type() == QuestionType.SCALE || q.type() == QuestionType.NPS || q.type() == QuestionType.SKILL_RATINGS) {
                keys.add(base + ".low");
                keys.add(base + ".high");
            }
        }
        return keys;
    }
}
