package com.pairwise.surveys.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.surveys.domain.Audience;
import com.pairwise.surveys.domain.SurveyDefinition;
import com.pairwise.surveys.domain.SurveySettings;
import com.pairwise.surveys.domain.SurveySettingsRules;
import com.pairwise.surveys.domain.Trigger;
import com.pairwise.surveys.domain.TriggerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A program's survey settings as JSON. */
final class SettingsJson {
    private static final Set<String> TOP = Set.of("editWindowHours", "surveys", "version");
    private static final Set<String> SURVEY = Set.of("id", "template", "anonymous", "audience", "trigger");
    private static final Set<String> TRIGGER = Set.of("on", "afterDays", "everyDays");

    private SettingsJson() {
    }

    /** The settings and the version the client read (null: replace whatever is there). */
    record Put(SurveySettings settings, Long version) {
    }

    static Put read(ObjectNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(TOP);
        Integer window = f.integer("editWindowHours", 0, SurveySettingsRules.MAX_EDIT_WINDOW_HOURS);
        f.require("editWindowHours", window);
        Integer version = f.integer("version", 0, Integer.MAX_VALUE);
        List<SurveyDefinition> surveys = new ArrayList<>();
        JsonNode list = body.get("surveys");
        if (list == null || list.isNull()) {
            f.error("surveys", "is required: a list of surveys (may be empty)");
        } else if (!list.isArray()) {
            f.error("surveys", "must be a list of surveys");
        } else if (list.size() > SurveySettingsRules.MAX_SURVEYS) {
            f.error("surveys", "must have at most " + SurveySettingsRules.MAX_SURVEYS + " surveys");
        } else {
            for (int i = 0; i < list.size(); i++) {
                SurveyDefinition s = survey(list.get(i), i, f);
                if (s != null) {
                    surveys.add(s);
                }
            }
        }
        f.throwIfInvalid();
        return new Put(new SurveySettings(window, surveys, true, 0), version == null ? null : version.longValue());
    }

    private static SurveyDefinition survey(JsonNode node, int index, Fields parent) {
        String at = "surveys[" + index + "]";
        if (!node.isObject()) {
            parent.error(at, "must be an object");
            return null;
        }
        int before = parent.errors().size();
        Fields s = new Fields(JsonTree.object().set(at, node)).object(at);
        // Errors of the nested reader land in its own list; copy them with their paths.
        s.rejectUnknown(SURVEY);
        String id = s.text("id", 40);
        s.require("id", id);
        String template = s.text("template", 40);
        s.require("template", template);
        Boolean anonymous = bool(node, "anonymous", s);
        Audience audience = s.enumValue("audience", Audience.class);
        Fields t = s.object("trigger");
        s.require("trigger", t);
        TriggerEvent on = null;
        Integer afterDays = null;
        Integer everyDays = null;
        if (t != null) {
            t.rejectUnknown(TRIGGER);
            on = t.enumValue("on", TriggerEvent.class);
            t.require("on", on);
            afterDays = t.integer("afterDays", 0, SurveySettingsRules.MAX_AFTER_DAYS);
            everyDays = t.integer("everyDays", 1, SurveySettingsRules.MAX_EVERY_DAYS);
        }
        s.errors().forEach(e -> parent.error(e.field(), e.message()));
        if (parent.errors().size() > before || on == null) {
            return null;
        }
        return new SurveyDefinition(id, template, anonymous != null && anonymous,
                audience == null ? Audience.EVERYONE : audience, new Trigger(on, afterDays == null ? 0 : afterDays, everyDays));
    }

    private static Boolean bool(JsonNode node, String name, Fields f) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            f.error(name, "must be true or false");
            return null;
        }
        return v.asBoolean();
    }

    static ObjectNode write(SurveySettings settings) {
        ObjectNode o = JsonTree.object();
        o.put("editWindowHours", settings.editWindowHours());
        o.put("source", settings.custom() ? "program" : "defaults");
        o.put("version", settings.version());
        ArrayNode surveys = o.putArray("surveys");
        for (SurveyDefinition s : settings.surveys()) {
            ObjectNode so = surveys.addObject();
            so.put("id", s.id());
            so.put("template", s.template());
            so.put("anonymous", s.anonymous());
            so.put("audience", s.audience().wire());
            ObjectNode t = so.putObject("trigger");
            t.put("on", s.trigger().on().wire());
            t.put("afterDays", s.trigger().afterDays());
            if (s.trigger().everyDays() != null) {
                t.put("everyDays", s.trigger().everyDays());
            }
        }
        return o;
    }
}
