package com.pairwise.surveys.store;

import com.pairwise.surveys.domain.Answer;
import com.pairwise.surveys.domain.Question;
import com.pairwise.surveys.domain.SurveyTemplate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Answers as a DynamoDB map, question id to N (score), S (choice, text), L (choices) or M (ratings). */
final class AnswerAttributes {
    private AnswerAttributes() {
    }

    static AttributeValue write(Map<String, Answer> answers) {
        Map<String, AttributeValue> m = new HashMap<>();
        answers.forEach((id, a) -> m.put(id, write(a)));
        return AttributeValue.fromM(m);
    }

    static AttributeValue write(Answer a) {
        if (a instanceof Answer.Score s) {
            return AttributeValue.fromN(Integer.toString(s.value()));
        }
        if (a instanceof Answer.Choice c) {
            return AttributeValue.fromS(c.option());
        }
        if (a instanceof Answer.Written w) {
            return AttributeValue.fromS(w.text());
        }
        if (a instanceof Answer.Choices c) {
            return AttributeValue.fromL(c.options().stream().map(AttributeValue::fromS).collect(Collectors.toList()));
        }
        return ratings(((Answer.Ratings) a).bySkill());
    }

    static AttributeValue ratings(Map<String, Integer> bySkill) {
        Map<String, AttributeValue> m = new HashMap<>();
        bySkill.forEach((skill, r) -> m.put(skill, AttributeValue.fromN(Integer.toString(r))));
        return AttributeValue.fromM(m);
    }

    static Map<String, Integer> readRatings(AttributeValue value) {
        Map<String, Integer> out = new HashMap<>();
        value.m().forEach((skill, r) -> out.put(skill, Integer.parseInt(r.n())));
        return out;
    }

    /** Read back in question order; the template says what each stored string means. */
    static Map<String, Answer> read(SurveyTemplate template, AttributeValue value) {
        Map<String, Answer> out = new LinkedHashMap<>();
        Map<String, AttributeValue> m = value.m();
        for (Question q : template.questions()) {
            AttributeValue v = m.get(q.id());
            if (v == null) {
                continue;
            }
            out.put(q.id(), switch (q.type()) {
                case SCALE, NPS -> new Answer.Score(Integer.parseInt(v.n()));
                case SINGLE_CHOICE -> new Answer.Choice(v.s());
                case FREE_TEXT -> new Answer.Written(v.s());
                case MULTIPLE_CHOICE -> new Answer.Choices(v.l().stream().map(AttributeValue::s).collect(Collectors.toList()));
                case SKILL_RATINGS -> new Answer.Ratings(readRatings(v));
            });
        }
        return out;
    }

    static List<String> strings(AttributeValue v) {
        return v == null || !v.hasL() ? List.of() : v.l().stream().map(AttributeValue::s).collect(Collectors.toList());
    }
}
