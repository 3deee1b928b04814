package com.pairwise.agenda.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.agenda.template.Resource;
import com.pairwise.agenda.template.Session;
import com.pairwise.agenda.template.TemplateRules;
import com.pairwise.agenda.template.Translation;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Agenda templates to and from JSON; reading checks types and sizes, {@link TemplateRules} checks meaning. */
public final class TemplateJson {
    private static final Set<String> TEMPLATE_FIELDS = Set.of("language", "sessions", "translations");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("language", "sessions");
    private static final Set<String> SESSION_FIELDS = Set.of("key", "afterMeetings", "afterWeeks", "title", "purpose",
            "prompts", "mentorPreparation", "menteePreparation", "resources");
    private static final Set<String> RESOURCE_FIELDS = Set.of("title", "url");

    private TemplateJson() {
    }

    /** Reads and validates a template; every problem is reported at once with its field path. */
    public static AgendaTemplate read(JsonNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(TEMPLATE_FIELDS);
        String language = f.text("language", 2);
        f.require("language", language);
        List<Session> sessions = sessions(f, "sessions");
        List<Translation> translations = new ArrayList<>();
        List<Fields> items = f.objects("translations", TemplateRules.MAX_TRANSLATIONS);
        if (items != null) {
            for (Fields t : items) {
                t.rejectUnknown(TRANSLATION_FIELDS);
                String lang = t.text("language", 2);
                t.require("language", lang);
                translations.add(new Translation(lang, sessions(t, "sessions")));
            }
        }
        f.throwIfInvalid();
        AgendaTemplate template = new AgendaTemplate(language, sessions, translations);
        TemplateRules.check(template);
        return template;
    }

    private static List<Session> sessions(Fields f, String name) {
        List<Fields> items = f.objects(name, TemplateRules.MAX_SESSIONS);
        f.require(name, items);
        List<Session> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (Fields s : items) {
            s.rejectUnknown(SESSION_FIELDS);
            String key = s.text("key", 40);
            s.require("key", key);
            Integer afterMeetings = s.integer("afterMeetings", 0, 100);
            Integer afterWeeks = s.integer("afterWeeks", 0, 520);
            List<Resource> resources = new ArrayList<>();
            List<Fields> links = s.objects("resources", 10);
            if (links != null) {
                for (Fields r : links) {
                    r.rejectUnknown(RESOURCE_FIELDS);
                    String title = r.text("title", 200);
                    String url = r.text("url", 2000);
                    r.require("title", title);
                    r.require("url", url);
                    resources.add(new Resource(title, url));
                }
            }
            out.add(new Session(key, afterMeetings == null ? 0 : afterMeetings, afterWeeks == null ? 0 : afterWeeks,
                    required(s, "title", 200), required(s, "purpose", 1000), list(s, "prompts", 12),
                    list(s, "mentorPreparation", 10), list(s, "menteePreparation", 10), resources));
        }
        return out;
    }

    private static String required(Fields f, String name, int max) {
        String text = f.text(name, max);
        f.require(name, text);
        return text;
    }

    private static List<String> list(Fields f, String name, int maxItems) {
        List<String> texts = f.texts(name, maxItems, 1000);
        return texts == null ? List.of() : texts;
    }

    public static ObjectNode write(AgendaTemplate template) {
        ObjectNode o = JsonTree.object();
        o.put("language", template.language());
        o.set("sessions", sessions(template.sessions(), true));
        ArrayNode translations = o.putArray("translations");
        for (Translation t : template.translations()) {
            ObjectNode tn = translations.addObject();
            tn.put("language", t.language());
            tn.set("sessions", sessions(t.sessions(), false));
        }
        return o;
    }

    private static ArrayNode sessions(List<Session> sessions, boolean timing) {
        ArrayNode out = JsonTree.array();
        for (Session s : sessions) {
            ObjectNode o = out.addObject();
            o.put("key", s.key());
            if (timing) {
                o.put("afterMeetings", s.afterMeetings());
                o.put("afterWeeks", s.afterWeeks());
            }
            o.put("title", s.title());
            o.put("purpose", s.purpose());
            o.set("prompts", strings(s.prompts()));
            o.set("mentorPreparation", strings(s.mentorPreparation()));
            o.set("menteePreparation", strings(s.menteePreparation()));
            o.set("resources", resources(s.resources()));
        }
        return out;
    }

    public static ArrayNode resources(List<Resource> resources) {
        ArrayNode out = JsonTree.array();
        resources.forEach(r -> out.addObject().put("title", r.title()).put("url", r.url()));
        return out;
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode out = JsonTree.array();
        values.forEach(out::add);
        return out;
    }
}
