package com.pairwise.agenda.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.agenda.domain.Agenda;
import com.pairwise.agenda.domain.Agendas;
import com.pairwise.agenda.domain.Agendas.Localised;
import com.pairwise.agenda.domain.Kickoff;
import com.pairwise.agenda.domain.Meeting;
import com.pairwise.agenda.domain.Meetings;
import com.pairwise.agenda.domain.Participant;
import com.pairwise.agenda.domain.Templates;
import com.pairwise.agenda.json.AgendaJson;
import com.pairwise.agenda.json.TemplateJson;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.ApiResponse;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.JsonBody;
import com.pairwise.shared.http.Router;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The agenda function's routes: each turns a request into one domain call and its result into JSON (or iCalendar). */
public final class AgendaRoutes {
    private final Meetings meetings;
    private final Agendas agendas;
    private final Templates templates;

    public AgendaRoutes(Meetings meetings, Agendas agendas, Templates templates) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.templates = templates;
    }

    public Router register(Router router) {
        return router
                .add("POST /relationships/{relationshipId}/meetings", this::schedule)
                .add("GET /relationships/{relationshipId}/meetings", this::list)
                .add("GET /relationships/{relationshipId}/kickoff", this::kickoff)
                .add("GET /meetings/{meetingId}", r -> ok(view(meetings.visible(caller(r), meetingId(r)), caller(r))))
                .add("PATCH /meetings/{meetingId}", this::change)
                .add("GET /meetings/{meetingId}/agenda", r -> ok(agenda(agendas.agenda(caller(r), meetingId(r), language(r)), meetingId(r))))
                .add("POST /meetings/{meetingId}/agenda/regenerate",
                        r -> ok(agenda(agendas.regenerate(caller(r), meetingId(r), language(r)), meetingId(r))))
                .add("GET /meetings/{meetingId}/invite.ics", this::invite)
                .add("GET /programs/{programId}/agenda-template", r -> ok(TemplateJson.write(templates.read(caller(r), programId(r)))))
                .add("PUT /programs/{programId}/agenda-template", this::replaceTemplate);
    }

    private ApiResponse schedule(ApiRequest r) {
        Meeting m = meetings.schedule(caller(r), r.pathParameter("relationshipId"), MeetingJson.readNew(JsonBody.object(r)));
        ApiResponse json = ApiResponse.json(201, view(m, caller(r)));
        return new ApiResponse(201, Map.of("content-type", "application/json", "location", "/meetings/" + m.id()), json.body());
    }

    private ApiResponse list(ApiRequest r) {
        String relationshipId = r.pathParameter("relationshipId");
        List<Meeting> all = meetings.list(caller(r), relationshipId);
        List<Participant> people = meetings.people(relationshipId);
        ObjectNode o = JsonTree.object();
        ArrayNode items = o.putArray("items");
        all.forEach(m -> items.add(MeetingJson.write(m, people, caller(r).userId(), inPair(people, caller(r)))));
        return ok(o);
    }

    private ApiResponse change(ApiRequest r) {
        var change = MeetingJson.readChange(JsonBody.object(r));
        return ok(view(meetings.change(caller(r), meetingId(r), change), caller(r)));
    }

    private ApiResponse kickoff(ApiRequest r) {
        Localised<Kickoff> k = agendas.kickoff(caller(r), r.pathParameter("relationshipId"), language(r));
        ObjectNode o = JsonTree.object();
        o.put("relationshipId", k.value().relationshipId());
        o.put("language", k.language());
        o.set("availableLanguages", TemplateJson.strings(List.copyOf(new TreeSet<>(k.languages()))));
        o.set("checklist", TemplateJson.strings(k.value().checklists().get(k.language())));
        o.set("firstMeetingAgenda", AgendaJson.write(k.value().agendas().get(k.language())));
        return ok(o);
    }

    private ApiResponse invite(ApiRequest r) {
        String ics = agendas.invite(caller(r), meetingId(r));
        return new ApiResponse(200, Map.of("content-type", "text/calendar; charset=utf-8",
                "content-disposition", "attachment; filename=\"meeting-" + meetingId(r) + ".ics\""), ics);
    }

    private ApiResponse replaceTemplate(ApiRequest r) {
        var template = TemplateJson.read(JsonBody.object(r));
        return ok(TemplateJson.write(templates.replace(caller(r), programId(r), template)));
    }

    private ObjectNode view(Meeting m, Caller caller) {
        List<Participant> people = meetings.people(m.relationshipId());
        return MeetingJson.write(m, people, caller.userId(), inPair(people, caller));
    }

    private static boolean inPair(List<Participant> people, Caller caller) {
        return people.stream().anyMatch(p -> p.userId().equals(caller.userId()));
    }

    private static ObjectNode agenda(Localised<Agenda> a, String meetingId) {
        ObjectNode o = AgendaJson.write(a.value());
        o.put("meetingId", meetingId);
        o.set("availableLanguages", TemplateJson.strings(List.copyOf(new TreeSet<>(a.languages()))));
        return o;
    }

    private static String language(ApiRequest r) {
        return r.query("language").orElse(null);
    }

    private static Caller caller(ApiRequest r) {
        return r.caller().orElseThrow();
    }

    private static String meetingId(ApiRequest r) {
        return r.pathParameter("meetingId");
    }

    private static String programId(ApiRequest r) {
        return r.pathParameter("programId");
    }

    private static ApiResponse ok(ObjectNode body) {
        return ApiResponse.json(200, body);
    }
}
