package com.pairwise.surveys.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.surveys.domain.Answers;
import com.pairwise.surveys.domain.Question;
import com.pairwise.surveys.domain.QuestionType;
import com.pairwise.surveys.domain.SurveyInstance;
import com.pairwise.surveys.domain.SurveyTemplate;
import com.pairwise.surveys.domain.TemplateTexts;
import java.util.List;

/** Surveys and templates as JSON, worded in the reader's language. */
final class InstanceJson {
    private final TemplateTexts texts;

    InstanceJson(TemplateTexts texts) {
        this.texts = texts;
    }

    ObjectNode summary(SurveyInstance i, String language) {
        ObjectNode o = JsonTree.object();
        o.put("id", i.id());
        o.put("programId", i.programId());
        o.put("surveyId", i.surveyId());
        o.put("template", i.templateId());
        o.put("relationshipId", i.relationshipId());
        o.put("title", texts.text(language, i.templateId() + ".title"));
        o.put("anonymous", i.anonymous());
        o.put("status", i.isOpen() ? "open" : "answered");
        o.put("sentAt", i.sentAt().toString());
        o.put("answeredAt", i.answeredAt() == null ? null : i.answeredAt().toString());
        return o;
    }

    ObjectNode full(Answers.Mine mine, String requested) {
        SurveyInstance i = mine.instance();
        String language = TemplateTexts.supported(requested == null ? i.language() : requested);
        ObjectNode o = summary(i, language);
        o.put("language", language);
        o.put("intro", texts.text(language, i.templateId() + ".intro"));
        o.set("questions", questions(mine.template(), i.skills(), language));
        if (mine.response().isPresent()) {
            o.set("answers", AnswersJson.write(mine.response().get().answers()));
            o.put("answerUpdatedAt", mine.response().get().updatedAt().toString());
        }
        return o;
    }

    ObjectNode template(SurveyTemplate t, String language) {
        ObjectNode o = JsonTree.object();
        o.put("id", t.id());
        o.put("title", texts.text(language, t.id() + ".title"));
        o.put("intro", texts.text(language, t.id() + ".intro"));
        o.set("questions", questions(t, List.of(), language));
        return o;
    }

    private ArrayNode questions(SurveyTemplate t, List<String> skills, String language) {
        ArrayNode out = JsonTree.array();
        for (Question q : t.questions()) {
            String key = t.id() + "." + q.id();
            ObjectNode o = out.addObject();
            o.put("id", q.id());
            o.put("type", q.type().wire());
            o.put("required", q.required() && !(q.type() == QuestionType.SKILL_RATINGS && skills.isEmpty()));
            o.put("text", texts.text(language, key));
            if (q.hasRange()) {
                o.put("min", q.min());
                o.put("max", q.max());
                o.put("minLabel", texts.text(language, key + ".low"));
                o.put("maxLabel", texts.text(language, key + ".high"));
            }
            if (!q.options().isEmpty()) {
                ArrayNode options = o.putArray("options");
                q.options().forEach(opt -> options.addObject().put("id", opt).put("label", texts.text(language, key + "." + opt)));
            }
            if (q.type() == QuestionType.FREE_TEXT) {
                o.put("maxLength", q.maxLength());
            }
            if (q.type() == QuestionType.SKILL_RATINGS) {
                skills.forEach(o.putArray("skills")::add);
            }
        }
        return out;
    }
}
