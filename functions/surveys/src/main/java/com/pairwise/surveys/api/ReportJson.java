package com.pairwise.surveys.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.ProgramCounts;
import com.pairwise.surveys.domain.GroupFigures;
import com.pairwise.surveys.domain.MeetingFigures;
import com.pairwise.surveys.domain.ProgramReport;
import com.pairwise.surveys.domain.ResponseRate;
import com.pairwise.surveys.domain.SurveyInstance;

/** A program report as JSON. */
final class ReportJson {
    private ReportJson() {
    }

    static ObjectNode write(ProgramReport r) {
        ObjectNode o = JsonTree.object();
        o.put("programId", r.programId());
        o.put("generatedAt", r.generatedAt().toString());
        ProgramCounts c = r.participants();
        ObjectNode participants = o.putObject("participants");
        ObjectNode byRole = participants.putObject("byRole");
        byRole.put("mentor", c.mentors());
        byRole.put("mentee", c.mentees());
        byRole.put("peer", c.peers());
        participants.put("waitlisted", c.waitlisted());
        ObjectNode byCountry = participants.putObject("byCountry");
        c.byCountry().forEach(byCountry::put);
        ObjectNode byRegion = participants.putObject("byRegion");
        c.byRegion().forEach(byRegion::put);
        ObjectNode matching = o.putObject("matching");
        matching.put("matched", r.matched());
        matching.put("matchRate", r.matchRate());
        matching.put("waitlisted", c.waitlisted());
        ObjectNode rel = o.putObject("relationships");
        rel.put("active", r.activeRelationships());
        rel.put("ended", r.endedRelationships());
        rel.put("meetingsHeld", r.meetingsHeld());
        rel.put("meetingsPerRelationship", r.meetingsPerRelationship());
        rel.set("meetings", meetings(r.overall().meetings()));
        r.needsCheckIn().forEach(rel.putArray("needsCheckIn")::add);
        o.set("surveys", figures(r.overall()));
        ArrayNode regions = o.putArray("regions");
        for (ProgramReport.RegionFigures region : r.regions()) {
            ObjectNode ro = figures(region.figures());
            ro.remove("group");
            ro.put("region", region.region());
            ro.put("participants", region.participants());
            if (!region.figures().suppressed()) {
                ro.set("meetings", meetings(region.figures().meetings()));
            }
            regions.add(ro);
        }
        ObjectNode pending = o.putObject("notAnswered");
        pending.put("total", r.notAnsweredTotal());
        ArrayNode items = pending.putArray("recent");
        for (SurveyInstance i : r.notAnswered()) {
            items.addObject().put("instanceId", i.id()).put("surveyId", i.surveyId()).put("userId", i.userId())
                    .put("relationshipId", i.relationshipId()).put("sentAt", i.sentAt().toString());
        }
        return o;
    }

    /** Program-wide per relationship, per region per matched mentee (peer). */
    static ObjectNode meetings(MeetingFigures m) {
        ObjectNode o = JsonTree.object();
        o.put("held", m.held());
        o.put("heldByActive", m.heldByActive());
        o.put("active", m.active());
        o.put("averagePerActive", m.averagePerActive());
        o.put("activeWithNone", m.activeWithNone());
        return o;
    }

    static ObjectNode figures(GroupFigures g) {
        ObjectNode o = JsonTree.object();
        o.put("group", g.group());
        o.put("suppressed", g.suppressed());
        if (g.suppressed()) {
            return o;
        }
        o.put("sent", g.sent());
        o.put("answers", g.answers());
        ArrayNode rates = o.putArray("responseRates");
        for (ResponseRate rate : g.responseRates()) {
            rates.addObject().put("surveyId", rate.surveyId()).put("sent", rate.sent()).put("answered", rate.answered())
                    .put("rate", rate.rate());
        }
        o.putObject("nps").put("score", g.nps()).put("answers", g.npsAnswers());
        o.putObject("satisfaction").put("average", g.satisfaction()).put("answers", g.satisfactionAnswers()).put("scale", "1-5");
        o.putObject("skills").put("averageBefore", g.skillsBefore()).put("averageAfter", g.skillsAfter())
                .put("averageChange", g.skillChange()).put("pairedRatings", g.skillChangeAnswers());
        o.put("matched", g.matched());
        return o;
    }
}
