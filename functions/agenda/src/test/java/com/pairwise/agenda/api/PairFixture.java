package com.pairwise.agenda.api;

import com.pairwise.agenda.AgendaHarness;
import com.pairwise.agenda.AgendaHarness.Person;
import com.pairwise.agenda.AgendaHarness.Response;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import java.util.List;
import java.util.Map;

/** A one-to-one pair in a program: Ana (mentor, Spanish, Madrid) and Ben (mentee, French, New York). */
final class PairFixture {
    static final Person MENTOR = Person.user("u-mentor");
    static final Person MENTEE = Person.user("u-mentee");
    static final Person COORDINATOR = Person.user("u-coord");
    static final Person OUTSIDER = Person.user("u-outsider");
    static final Person ADMIN = Person.admin("u-admin");

    final AgendaHarness api = new AgendaHarness();
    final String programId = api.program(ProgramFormat.ONE_TO_ONE, COORDINATOR.userId());
    final Relationship pair;

    PairFixture() {
        api.register(programId, MENTOR.userId(), Role.MENTOR, "Ana García", List.of("es", "en"), "Europe/Madrid", List.of());
        api.register(programId, MENTEE.userId(), Role.MENTEE, "Ben Okafor", List.of("fr", "en"), "America/New_York",
                List.of("public speaking"));
        pair = api.relationship(programId, ProgramFormat.ONE_TO_ONE, MENTOR.userId(), List.of(MENTEE.userId()),
                List.of("Lead a cross-team project"));
    }

    Response schedule(Person who, String start, Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("start", start);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return api.call(who, "POST /relationships/{relationshipId}/meetings", Map.of("relationshipId", pair.id()), body);
    }

    Response patch(Person who, String meetingId, Object body) {
        return api.call(who, "PATCH /meetings/{meetingId}", Map.of("meetingId", meetingId), body);
    }

    Response get(Person who, String routeKey, String meetingId) {
        return api.call(who, routeKey, Map.of("meetingId", meetingId), null);
    }

    Response agenda(Person who, String meetingId, String language) {
        return api.call(who, "GET /meetings/{meetingId}/agenda", Map.of("meetingId", meetingId),
                language == null ? Map.of() : Map.of("language", language), null);
    }
}
