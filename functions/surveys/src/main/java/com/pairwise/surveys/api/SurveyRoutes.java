package com.pairwise.surveys.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.http.ApiRequest;
import com.pairwise.shared.http.ApiResponse;
import com.pairwise.shared.http.CorrelationId;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.http.JsonBody;
import com.pairwise.shared.http.Router;
import com.pairwise.shared.metrics.BusinessMetrics;
import com.pairwise.surveys.domain.Answers;
import com.pairwise.surveys.domain.ProgramSurveys;
import com.pairwise.surveys.domain.Reports;
import com.pairwise.surveys.domain.ShippedTemplates;
import com.pairwise.surveys.domain.SurveyInstance;
import com.pairwise.surveys.domain.SurveyTemplate;
import com.pairwise.surveys.domain.TemplateTexts;
import com.pairwise.surveys.store.SurveyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The surveys function's routes: each turns a request into one domain call and its result into JSON or CSV. */
public final class SurveyRoutes {
    public static final int RESPONSES_PAGE = 5000;

    private final ShippedTemplates templates;
    private final InstanceJson instances;
    private final ProgramSurveys surveys;
    private final Answers answers;
    private final Reports reports;
    private final BusinessMetrics metrics;

    public SurveyRoutes(ShippedTemplates templates, TemplateTexts texts, ProgramSurveys surveys, Answers answers, Reports reports,
                        BusinessMetrics metrics) {
        this.templates = templates;
        this.instances = new InstanceJson(texts);
        this.surveys = surveys;
        this.answers = answers;
        this.reports = reports;
        this.metrics = metrics;
    }

    public Router register(Router router) {
        return router
                .add("GET /survey-templates", this::templates)
                .add("GET /programs/{programId}/surveys", r -> ok(SettingsJson.write(surveys.get(caller(r), programId(r)))))
                .add("PUT /programs/{programId}/surveys", r -> {
                    SettingsJson.Put put = SettingsJson.read(JsonBody.object(r));
                    return ok(SettingsJson.write(surveys.put(caller(r), programId(r), put.settings(), put.version())));
                })
                .add("GET /me/surveys", this::mine)
                .add("GET /surveys/{instanceId}", r -> ok(instances.full(answers.get(caller(r), instanceId(r)), language(r))))
                .add("POST /surveys/{instanceId}/responses", r -> {
                    Answers.Mine mine = answers.answer(caller(r), instanceId(r), AnswersJson.read(JsonBody.object(r)));
                    // answer() returns only once the answer is stored; refused, duplicate and invalid answers throw
                    metrics.count(BusinessMetrics.SURVEY_RESPONSE_RECEIVED, CorrelationId.of(r));
                    return ApiResponse.json(201, instances.full(mine, language(r)));
                })
                .add("PUT /surveys/{instanceId}/responses",
                        r -> ok(instances.full(answers.change(caller(r), instanceId(r), AnswersJson.read(JsonBody.object(r))), language(r))))
                .add("GET /programs/{programId}/report", r -> ok(ReportJson.write(reports.report(caller(r), programId(r)))))
                .add("GET /programs/{programId}/report.csv",
                        r -> csv(ReportCsv.report(reports.report(caller(r), programId(r))), "report-" + programId(r) + ".csv"))
                .add("GET /programs/{programId}/responses.csv", this::responses);
    }

    /** Pages keep each export under Lambda's 6 MB response limit: about 5,000 answers is 2-3 MB of CSV. */
    private ApiResponse responses(ApiRequest r) {
        int limit = RESPONSES_PAGE;
        List<FieldError> errors = new ArrayList<>();
        String limitText = r.query("limit").orElse(null);
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > RESPONSES_PAGE) {
                errors.add(new FieldError("limit", "must be a whole number from 1 to " + RESPONSES_PAGE));
            }
        }
        String cursor = r.query("cursor").orElse(null);
        if (cursor != null && !(Identifiers.isValid(cursor) && cursor.startsWith("svi_"))) {
            errors.add(new FieldError("cursor", "is not a cursor issued for this list; start again without it"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String programId = programId(r);
        SurveyStore.ResponsePage page = reports.responses(caller(r), programId, cursor, limit);
        ApiResponse file = csv(ReportCsv.responses(page.items()), "responses-" + programId + ".csv");
        if (page.next() == null) {
            return file;
        }
        Map<String, String> headers = new HashMap<>(file.headers());
        headers.put("x-next-cursor", page.next());
        headers.put("link", "</programs/" + programId + "/responses.csv?cursor=" + page.next() + "&limit=" + limit + ">; rel=\"next\"");
        return new ApiResponse(200, headers, file.body());
    }

    private ApiResponse templates(ApiRequest r) {
        String language = language(r);
        String shown = TemplateTexts.supported(language);
        ObjectNode o = JsonTree.object();
        o.put("language", shown);
        ArrayNode items = o.putArray("items");
        for (SurveyTemplate t : templates.all()) {
            items.add(instances.template(t, shown));
        }
        return ok(o);
    }

    private ApiResponse mine(ApiRequest r) {
        String status = r.query("status").orElse(null);
        Boolean open;
        if (status == null) {
            open = null;
        } else if (status.equals("open") || status.equals("answered")) {
            open = status.equals("open");
        } else {
            throw ValidationException.of("status", "must be open or answered, not '" + (status.length() > 20 ? status.substring(0, 20) : status) + "'");
        }
        String language = language(r);
        ObjectNode o = JsonTree.object();
        ArrayNode items = o.putArray("items");
        for (SurveyInstance i : answers.mine(caller(r), open)) {
            items.add(instances.summary(i, TemplateTexts.supported(language == null ? i.language() : language)));
        }
        return ok(o);
    }

    /** {@code ?lang=} when given: an unknown language falls back to English rather than failing. */
    private static String language(ApiRequest r) {
        return r.query("lang").orElse(null);
    }

    private static Caller caller(ApiRequest r) {
        return r.caller().orElseThrow();
    }

    private static String programId(ApiRequest r) {
        return r.pathParameter("programId");
    }

    private static String instanceId(ApiRequest r) {
        return r.pathParameter("instanceId");
    }

    private static ApiResponse ok(ObjectNode body) {
        return ApiResponse.json(200, body);
    }

    private static ApiResponse csv(String body, String filename) {
        String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return new ApiResponse(200, Map.of("content-type", "text/csv; charset=utf-8",
                "content-disposition", "attachment; filename=\"" + safe + "\""), body);
    }
}
