package com.pairwise.agenda.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.domain.Agenda;
import com.pairwise.agenda.domain.AgendaItem;
import com.pairwise.agenda.domain.Kickoff;
import com.pairwise.agenda.template.Resource;
import com.pairwise.shared.http.JsonTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agendas as JSON: the API's shape, also how they are stored (one JSON text per meeting, every language). */
public final class AgendaJson {
    private AgendaJson() {
    }

    public static ObjectNode write(Agenda a) {
        ObjectNode o = JsonTree.object();
        o.put("language", a.language());
        o.put("sessionKey", a.sessionKey());
        o.put("title", a.title());
        o.put("purpose", a.purpose());
        o.put("facilitator", a.facilitator());
        o.put("minutes", a.minutes());
        o.set("notes", TemplateJson.strings(a.notes()));
        ArrayNode items = o.putArray("items");
        for (AgendaItem item : a.items()) {
            ObjectNode i = items.addObject();
            i.put("title", item.title());
            i.put("minutes", item.minutes());
            i.set("points", TemplateJson.strings(item.points()));
        }
        ObjectNode prep = o.putObject("preparation");
        prep.set("mentor", TemplateJson.strings(a.mentorPreparation()));
        prep.set("mentee", TemplateJson.strings(a.menteePreparation()));
        o.set("resources", TemplateJson.resources(a.resources()));
        o.put("source", a.source());
        return o;
    }

    public static Agenda read(JsonNode o) {
        List<AgendaItem> items = new ArrayList<>();
        o.path("items").forEach(i -> items.add(new AgendaItem(i.path("title").asText(), i.path("minutes").asInt(), strings(i.path("points")))));
        List<Resource> resources = new ArrayList<>();
        o.path("resources").forEach(r -> resources.add(new Resource(r.path("title").asText(), r.path("url").asText())));
        return new Agenda(o.path("language").asText(), o.path("sessionKey").asText(), o.path("title").asText(),
                o.path("purpose").asText(), o.path("facilitator").asText(), o.path("minutes").asInt(), strings(o.path("notes")),
                items, strings(o.path("preparation").path("mentor")), strings(o.path("preparation").path("mentee")), resources,
                o.path("source").asText());
    }

    /** Every language's agenda, as one JSON object keyed by language. */
    public static String writeAll(Map<String, Agenda> agendas) {
        ObjectNode o = JsonTree.object();
        agendas.forEach((lang, agenda) -> o.set(lang, write(agenda)));
        return JsonTree.write(o);
    }

    public static Map<String, Agenda> readAll(String text) {
        try {
            Map<String, Agenda> out = new LinkedHashMap<>();
            JsonTree.read(text).fields().forEachRemaining(e -> out.put(e.getKey(), read(e.getValue())));
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored agenda is not JSON", e);
        }
    }

    public static String writeKickoff(Kickoff k) {
        ObjectNode o = JsonTree.object();
        o.put("relationshipId", k.relationshipId());
        ObjectNode agendas = o.putObject("agendas");
        k.agendas().forEach((lang, a) -> agendas.set(lang, write(a)));
        ObjectNode lists = o.putObject("checklists");
        k.checklists().forEach((lang, items) -> lists.set(lang, TemplateJson.strings(items)));
        return JsonTree.write(o);
    }

    public static Kickoff readKickoff(String text) {
        try {
            JsonNode o = JsonTree.read(text);
            Map<String, Agenda> agendas = new LinkedHashMap<>();
            o.path("agendas").fields().forEachRemaining(e -> agendas.put(e.getKey(), read(e.getValue())));
            Map<String, List<String>> lists = new LinkedHashMap<>();
            o.path("checklists").fields().forEachRemaining(e -> lists.put(e.getKey(), strings(e.getValue())));
            return new Kickoff(o.path("relationshipId").asText(), agendas, lists);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored kick-off is not JSON", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
