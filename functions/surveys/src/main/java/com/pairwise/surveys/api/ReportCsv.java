package com.pairwise.surveys.api;

import com.pairwise.surveys.domain.Csv;
import com.pairwise.surveys.domain.GroupFigures;
import com.pairwise.surveys.domain.ProgramReport;
import com.pairwise.surveys.domain.ResponseRate;
import com.pairwise.surveys.domain.SurveyInstance;
import com.pairwise.surveys.domain.SurveyResponse;
import java.util.List;
import java.util.TreeMap;

/** Reports and answers as CSV for a spreadsheet: one fact per row, so they pivot and filter easily. */
final class ReportCsv {
    private ReportCsv() {
    }

    static String report(ProgramReport r) {
        Csv csv = new Csv().row("section", "group", "measure", "value");
        var c = r.participants();
        csv.row("participants", "all", "mentor", c.mentors()).row("participants", "all", "mentee", c.mentees())
                .row("participants", "all", "peer", c.peers()).row("participants", "all", "waitlisted", c.waitlisted());
        c.byCountry().forEach((country, n) -> csv.row("participants", "country:" + country, "registered", n));
        c.byRegion().forEach((region, n) -> csv.row("participants", "region:" + region, "registered", n));
        csv.row("matching", "all", "matched", r.matched()).row("matching", "all", "match_rate", r.matchRate());
        csv.row("relationships", "all", "active", r.activeRelationships()).row("relationships", "all", "ended", r.endedRelationships())
                .row("relationships", "all", "meetings_held", r.meetingsHeld())
                .row("relationships", "all", "meetings_per_relationship", r.meetingsPerRelationship())
                .row("relationships", "all", "meetings_held_by_active", r.overall().meetings().heldByActive())
                .row("relationships", "all", "meetings_average_per_active", r.overall().meetings().averagePerActive())
                .row("relationships", "all", "active_with_no_meeting", r.overall().meetings().activeWithNone())
                .row("relationships", "all", "needs_check_in", r.needsCheckIn().size());
        r.needsCheckIn().forEach(id -> csv.row("needs_check_in", "all", "relationship", id));
        figures(csv, "all", r.overall());
        for (ProgramReport.RegionFigures region : r.regions()) {
            figures(csv, "region:" + (region.region() == null ? "" : region.region()), region.figures());
        }
        csv.row("not_answered", "all", "total", r.notAnsweredTotal());
        for (SurveyInstance i : r.notAnswered()) {
            csv.row("not_answered", "survey:" + i.surveyId(), "user", i.userId());
        }
        return csv.toString();
    }

    private static void figures(Csv csv, String group, GroupFigures g) {
        if (g.suppressed()) {
            csv.row("surveys", group, "suppressed_fewer_than_5_answers", true);
            return;
        }
        csv.row("surveys", group, "sent", g.sent()).row("surveys", group, "answers", g.answers());
        for (ResponseRate rate : g.responseRates()) {
            csv.row("response_rate", group + "/survey:" + rate.surveyId(), "rate", rate.rate());
        }
        csv.row("surveys", group, "nps", g.nps()).row("surveys", group, "satisfaction_average", g.satisfaction())
                .row("surveys", group, "skills_average_before", g.skillsBefore())
                .row("surveys", group, "skills_average_after", g.skillsAfter())
                .row("surveys", group, "skills_average_change", g.skillChange())
                .row("matching", group, "matched", g.matched());
        if (!group.equals("all")) {
            csv.row("meetings", group, "held", g.meetings().held()).row("meetings", group, "held_by_active", g.meetings().heldByActive())
                    .row("meetings", group, "average_per_active_mentee", g.meetings().averagePerActive())
                    .row("meetings", group, "active_mentees_with_none", g.meetings().activeWithNone());
        }
    }

    /** The header, then one row per answered question. */
    static String responses(List<SurveyResponse> responses) {
        Csv csv = new Csv().row("instanceId", "surveyId", "template", "relationshipId", "userId", "role", "region",
                "submittedAt", "updatedAt", "question", "answer");
        for (SurveyResponse r : responses) {
            new TreeMap<>(r.answers()).forEach((question, answer) -> csv.row(r.instanceId(), r.surveyId(), r.templateId(),
                    r.relationshipId(), r.userId(), r.role(), r.region(), r.submittedAt().toString(), r.updatedAt().toString(),
                    question, answer.display()));
        }
        return csv.toString();
    }
}
