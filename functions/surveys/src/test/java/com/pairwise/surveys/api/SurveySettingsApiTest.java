package com.pairwise.surveys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Role;
import com.pairwise.surveys.SurveysHarness;
import com.pairwise.surveys.SurveysHarness.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coordinators choose their program's surveys; the program runs the defaults until they do. */
class SurveySettingsApiTest {
    private final SurveysHarness h = new SurveysHarness();
    private final Program program = h.program("prg_set", "coord-1", ProgramFormat.ONE_TO_ONE);

    private Response put(String who, Object body) {
        return h.call(who, "PUT /programs/{programId}/surveys", Map.of("programId", program.id()), body);
    }

    private static Map<String, Object> quality(int afterDays, Integer everyDays) {
        Map<String, Object> trigger = new java.util.HashMap<>(Map.of("on", "relationship_started", "afterDays", afterDays));
        if (everyDays != null) {
            trigger.put("everyDays", everyDays);
        }
        return Map.of("id", "pulse", "template", "quality", "anonymous", false, "audience", "mentees", "trigger", trigger);
    }

    @Test
    void theDefaultsRunUntilTheProgramSavesItsOwn() {
        Response defaults = h.call("coord-1", "GET /programs/{programId}/surveys", Map.of("programId", program.id()), null);
        assertEquals(200, defaults.status());
        assertEquals("defaults", defaults.body().path("source").asText());
        assertEquals(7, defaults.body().path("surveys").size());

        Response saved = put("coord-1", Map.of("editWindowHours", 0, "surveys", List.of(quality(7, 14))));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("program", saved.body().path("source").asText());
        assertEquals(1, saved.body().path("version").asInt());

        Response stale = put("coord-1", Map.of("editWindowHours", 0, "version", 0, "surveys", List.of()));
        assertEquals(409, stale.status());
        assertEquals(200, put("coord-1", Map.of("editWindowHours", 0, "version", 1, "surveys", List.of(quality(7, 14)))).status());

        h.register(program, "mentor-1", Role.MENTOR, null, "en", List.of());
        h.register(program, "mentee-1", Role.MENTEE, null, "en", List.of("x"));
        h.started("rel_1", program.id(), "mentor-1", List.of("mentee-1"), h.clock.instant());
        assertEquals(List.of(), h.surveysOf("mentee-1", null), "no baseline: the program dropped it");
        h.clock.advance(java.time.Duration.ofDays(7));
        h.daily();
        String pulse = h.surveysOf("mentee-1", "pulse").get(0);
        assertEquals(201, h.answer("mentee-1", pulse, Map.of("q1", 3, "q2", "monthly", "q3", "yes")).status());
        Response change = h.call("mentee-1", "PUT /surveys/{instanceId}/responses", Map.of("instanceId", pulse),
                Map.of("answers", Map.of("q1", 3, "q2", "monthly", "q3", "no")));
        assertEquals("edit-window-closed", change.body().path("code").asText(), "edit window 0: no changes");
    }

    @Test
    void badSettingsAreNamedField() {
        Response bad = put("coord-1", Map.of("editWindowHours", -2, "colour", "red", "surveys", List.of(
                Map.of("id", "Pulse!", "template", "gossip", "trigger", Map.of("on", "full_moon")),
                quality(3, 2))));
        assertEquals(400, bad.status());
        // Field types first; the program's rules (ids, templates, periods) once every field reads.
        assertEquals(List.of("colour", "editWindowHours", "surveys[0].trigger.on"), bad.errorFields());
        Response rules = put("coord-1", Map.of("editWindowHours", 2, "surveys", List.of(
                Map.of("id", "pulse", "template", "gossip", "trigger", Map.of("on", "relationship_ended", "everyDays", 30)),
                quality(3, 2))));
        assertEquals(List.of("surveys[0].template", "surveys[0].trigger.everyDays", "surveys[1].id", "surveys[1].trigger.everyDays"),
                rules.errorFields());
        assertEquals(400, put("coord-1", "[1,2]").status());
    }

    @Test
    void onlyCoordinatorsSeeAndChangeSurveys() {
        assertEquals(403, h.call("someone", "GET /programs/{programId}/surveys", Map.of("programId", program.id()), null).status());
        assertEquals(403, put("someone", Map.of("editWindowHours", 1, "surveys", List.of())).status());
        assertEquals(404, h.call("coord-1", "GET /programs/{programId}/surveys", Map.of("programId", "nope"), null).status());
    }

    @Test
    void templatesAreListedInTheAskedLanguage() {
        Response es = h.call("anyone", List.of(), "GET /survey-templates", Map.of(), Map.of("lang", "es"), null);
        assertEquals("es", es.body().path("language").asText());
        assertEquals("¿Recomendarías el programa?", es.body().path("items").get(3).path("title").asText());
        Response unknown = h.call("anyone", List.of(), "GET /survey-templates", Map.of(), Map.of("lang", "xx"), null);
        assertEquals("en", unknown.body().path("language").asText());
    }
}
