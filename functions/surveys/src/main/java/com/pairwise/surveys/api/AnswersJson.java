package com.pairwise.surveys.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.surveys.domain.Answer;
import com.pairwise.surveys.domain.AnswerRules;
import com.pairwise.surveys.domain.AnswerValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code {"answers": {"q1": 4, ...}}} into untyped answer values; the domain checks them against the survey. */
final class AnswersJson {
    private static final int MAX_ANSWERS = 50;
    private static final int MAX_ITEMS = 50;

    private AnswersJson() {
    }

    static Map<String, AnswerValue> read(ObjectNode body) {
        List<FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals(AnswerRules.FIELD)) {
                errors.add(new FieldError(name, "is not a known field"));
            }
        });
        JsonNode answers = body.get(AnswerRules.FIELD);
        if (answers == null || answers.isNull()) {
            errors.add(new FieldError(AnswerRules.FIELD, "is required: an object of answers by question id"));
        } else if (!answers.isObject()) {
            errors.add(new FieldError(AnswerRules.FIELD, "must be an object of answers by question id"));
        } else if (answers.size() > MAX_ANSWERS) {
            errors.add(new FieldError(AnswerRules.FIELD, "must have at most " + MAX_ANSWERS + " answers"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, AnswerValue> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = answers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), value(e.getValue(), true));
            }
        }
        return out;
    }

    private static AnswerValue value(JsonNode node, boolean allowObject) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? new AnswerValue.Whole(node.asLong()) : new AnswerValue.Other("a number out of range");
        }
        if (node.isNumber()) {
            return new AnswerValue.Other("a fraction");
        }
        if (node.isTextual()) {
            return new AnswerValue.Text(node.asText());
        }
        if (node.isBoolean()) {
            return new AnswerValue.Other("true/false");
        }
        if (node.isArray()) {
            List<String> texts = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    return new AnswerValue.Other("a list holding non-text items");
                }
                texts.add(item.asText());
            }
            return texts.size() > MAX_ITEMS ? new AnswerValue.Other("a list of over " + MAX_ITEMS + " items") : new AnswerValue.Texts(texts);
        }
        if (node.isObject() && allowObject) {
            if (node.size() > MAX_ITEMS) {
                return new AnswerValue.Other("an object of over " + MAX_ITEMS + " entries");
            }
            Map<String, AnswerValue> named = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> named.put(e.getKey(), value(e.getValue(), false)));
            return new AnswerValue.Named(named);
        }
        return new AnswerValue.Other(node.isObject() ? "a nested object" : "null");
    }

    static ObjectNode write(Map<String, Answer> answers) {
        ObjectNode o = com.pairwise.shared.http.JsonTree.object();
        answers.forEach((id, a) -> {
            if (a instanceof Answer.Score s) {
                o.put(id, s.value());
            } else if (a instanceof Answer.Choice c) {
                o.put(id, c.option());
            } else if (a instanceof Answer.Written w) {
                o.put(id, w.text());
            } else if (a instanceof Answer.Choices c) {
                c.options().forEach(o.putArray(id)::add);
            } else {
                ObjectNode ratings = o.putObject(id);
                ((Answer.Ratings) a).bySkill().forEach(ratings::put);
            }
        });
        return o;
    }
}
