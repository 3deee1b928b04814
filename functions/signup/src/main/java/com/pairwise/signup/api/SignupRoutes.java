package com.pairwise.signup.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.CorrelationId;
import com.pairwise.shared.http.ApiResponse;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.JsonBody;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.RegistrationStore.RegistrationFilter;
import com.pairwise.signup.domain.DataExport;
import com.pairwise.signup.domain.PersonErasure;
import com.pairwise.signup.domain.PersonalData;
import com.pairwise.signup.domain.Programs;
import com.pairwise.signup.domain.Registrations;
import java.util.Map;
import java.util.function.Function;

/** The signup function's routes: each turns a request into one domain call and its result into JSON. */
public final class SignupRoutes {
    private final Programs programs;
    private final Registrations registrations;
    private final PersonalData personalData;
    private final DataExport dataExport;
    private final PersonErasure erasure;
    private final BusinessMetrics metrics;

    public SignupRoutes(Programs programs, Registrations registrations, PersonalData personalData, DataExport dataExport,
                        PersonErasure erasure,
                        BusinessMetrics metrics) {
        this.programs = programs;
        this.registrations = registrations;
        this.personalData = personalData;
        this.dataExport = dataExport;
        this.erasure = erasure;
        this.metrics = metrics;
    }

    public Router register(Router router) {
        return router
                .add("POST /programs", this::createProgram)
                .add("GET /programs", this::listPrograms)
                .add("GET /programs/{programId}", r -> ok(ProgramJson.write(programs.visible(caller(r), programId(r)))))
                .add("PATCH /programs/{programId}", this::updateProgram)
                .add("POST /programs/{programId}/registrations", this::registerMe)
                .add("GET /programs/{programId}/registrations", this::listRegistrations)
                .add("GET /programs/{programId}/registrations/me",
                        r -> ok(RegistrationJson.write(registrations.mine(caller(r), programId(r)))))
                .add("PATCH /programs/{programId}/registrations/me", this::updateMine)
                .add("DELETE /programs/{programId}/registrations/me", r -> {
                    registrations.withdrawMine(caller(r), programId(r));
                    return ApiResponse.noContent();
                })
                .add("GET /programs/{programId}/registrations/{userId}",
                        r -> ok(RegistrationJson.write(registrations.get(caller(r), programId(r), r.pathParameter("userId")))))
                .add("GET /programs/{programId}/registration-counts",
                        r -> ok(RegistrationJson.write(registrations.counts(caller(r), programId(r)))))
                .add("GET /me", this::me)
                .add("GET /me/export", this::export)
                .add("DELETE /me", this::erase);
    }

    private ApiResponse createProgram(ApiRequest r) {
        Program created = programs.create(caller(r), ProgramJson.readNew(JsonBody.object(r)));
        return created(ProgramJson.write(created), "/programs/" + created.id());
    }

    private ApiResponse listPrograms(ApiRequest r) {
        PageParameters q = new PageParameters(r);
        ProgramStatus status = q.enumValue("status", ProgramStatus.class);
        int limit = q.limit();
        q.throwIfInvalid();
        return ok(page(programs.list(caller(r), status, limit, q.cursor()), ProgramJson::write));
    }

    private ApiResponse updateProgram(ApiRequest r) {
        ObjectNode body = JsonBody.object(r);
        return ok(ProgramJson.write(programs.update(caller(r), programId(r), current -> ProgramJson.readPatch(body, current))));
    }

    private ApiResponse registerMe(ApiRequest r) {
        Registration registration = registrations.register(caller(r), programId(r), RegistrationJson.readSignUp(JsonBody.object(r)));
        metrics.count(registration.status() == RegistrationStatus.WAITLISTED
                ? BusinessMetrics.REGISTRATION_WAITLISTED : BusinessMetrics.REGISTRATION_CREATED, CorrelationId.of(r));
        return created(RegistrationJson.write(registration), "/programs/" + registration.programId() + "/registrations/me");
    }

    private ApiResponse listRegistrations(ApiRequest r) {
        PageParameters q = new PageParameters(r);
        RegistrationFilter filter = new RegistrationFilter(q.enumValue("role", Role.class),
                q.enumValue("status", RegistrationStatus.class), q.country("country"));
        int limit = q.limit();
        q.throwIfInvalid();
        return ok(page(registrations.list(caller(r), programId(r), filter, limit, q.cursor()), RegistrationJson::write));
    }

    private ApiResponse updateMine(ApiRequest r) {
        ObjectNode body = JsonBody.object(r);
        return ok(RegistrationJson.write(registrations.updateMine(caller(r), programId(r), current -> RegistrationJson.readPatch(body, current))));
    }

    private ApiResponse me(ApiRequest r) {
        PersonalData.Export data = personalData.export(caller(r));
        ObjectNode o = JsonTree.object();
        o.put("userId", data.userId());
        o.put("email", data.email());
        o.set("groups", ProgramJson.strings(data.groups()));
        ArrayNode regs = o.putArray("registrations");
        data.registrations().forEach(reg -> regs.add(RegistrationJson.write(reg)));
        o.set("coordinatedPrograms", ProgramJson.strings(data.coordinatedPrograms()));
        return ok(o);
    }

    private ApiResponse export(ApiRequest r) {
        DataExport.Document data = dataExport.export(caller(r));
        ObjectNode o = JsonTree.object();
        o.put("exportedAt", data.exportedAt().toString());
        ObjectNode identity = o.putObject("identity");
        identity.put("userId", data.userId());
        identity.put("email", data.email());
        identity.set("groups", ProgramJson.strings(data.groups()));
        ArrayNode regs = o.putArray("registrations");
        data.registrations().forEach(reg -> regs.add(RegistrationJson.write(reg)));
        o.set("coordinatedPrograms", ProgramJson.strings(data.coordinatedPrograms()));
        // Sections are plain maps, lists and scalars, so no class is looked into.
        data.areas().forEach((name, section) -> o.set(name, JsonTree.of(section)));
        ApiResponse json = ok(o);
        return new ApiResponse(200, Map.of("content-type", "application/json",
                "content-disposition", "attachment; filename=\"pairwise-export.json\""), json.body());
    }

    private ApiResponse erase(ApiRequest r) {
        PersonErasure.Erasure erased = erasure.erase(caller(r));
        ObjectNode o = JsonTree.object();
        o.put("erasureId", erased.erasureId());
        o.put("registrationsRemoved", erased.registrationsRemoved());
        o.put("coordinatorRolesRemoved", erased.coordinatorRolesRemoved());
        return ok(o);
    }

    private static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> write) {
        ObjectNode o = JsonTree.object();
        ArrayNode items = o.putArray("items");
        page.items().forEach(item -> items.add(write.apply(item)));
        o.put("nextCursor", page.nextCursor());
        return o;
    }

    private static Caller caller(ApiRequest r) {
        return r.caller().orElseThrow();
    }

    private static String programId(ApiRequest r) {
        return r.pathParameter("programId");
    }

    private static ApiResponse ok(ObjectNode body) {
        return ApiResponse.json(200, body);
    }

    private static ApiResponse created(ObjectNode body, String location) {
        ApiResponse json = ApiResponse.json(201, body);
        return new ApiResponse(201, Map.of("content-type", "application/json", "location", location), json.body());
    }
}
