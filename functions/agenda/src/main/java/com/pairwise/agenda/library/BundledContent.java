package com.pairwise.agenda.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.json.TemplateJson;
import com.pairwise.agenda.domain.ContentLibrary;
import com.pairwise.agenda.domain.Phrases;
import com.pairwise.agenda.domain.SkillPrompts;
import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.shared.http.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content shipped in the jar (resources under {@code agenda/}): the default template in English with Spanish and
 * French translations, the phrases of generated agendas, and the skills prompt library. Loaded once at init.
 */
public final class BundledContent {
    /** Languages the jar ships; English is the base and the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr");

    private BundledContent() {
    }

    public static ContentLibrary load() {
        ObjectNode template = (ObjectNode) read("default-template.en.json");
        var translations = template.putArray("translations");
        LANGUAGES.stream().filter(l -> !l.equals("en")).forEach(l -> translations.add(read("default-template." + l + ".json")));
        AgendaTemplate defaultTemplate = TemplateJson.read(template);
        Map<String, Phrases> phrases = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Map<String, String> texts = new LinkedHashMap<>();
            read("phrases." + lang + ".json").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            phrases.put(lang, new Phrases(lang, texts));
        }
        List<SkillPrompts> skills = new ArrayList<>();
        for (JsonNode s : read("skills.json").path("skills")) {
            skills.add(new SkillPrompts(s.path("id").asText(), perLanguage(s.path("aliases")), perLanguage(s.path("prompts"))));
        }
        return new ContentLibrary(defaultTemplate, phrases, skills);
    }

    private static Map<String, List<String>> perLanguage(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            out.put(e.getKey(), values);
        });
        return out;
    }

    private static JsonNode read(String name) {
        try (InputStream in = BundledContent.class.getResourceAsStream("/agenda/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled content agenda/" + name + " is missing from the jar");
            }
            return JsonTree.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
