package com.pairwise.agenda.domain;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed wording of generated agendas and checklists in one language, with {@code {name}} slots. */
public record Phrases(String language, Map<String, String> texts) {
    /** Keys every language must define; the bundled content test checks each file has them all. */
    public static final List<String> KEYS = List.of(
            "item.checkIn", "point.checkIn", "item.actionItems", "point.actionItem", "point.actionItemShared",
            "item.goals", "point.goal", "point.noGoals", "item.skills", "point.skillGeneric", "item.wrapUp",
            "point.wrapUpActions", "point.wrapUpNext", "note.oneToOne", "note.peer", "note.reverse", "note.group",
            "prep.reverseMentee", "prep.groupMentee", "goals.none", "checklist.contact", "checklist.expectations",
            "checklist.goals", "checklist.schedule", "checklist.confidentiality", "checklist.reverse", "checklist.group",
            "ics.agenda", "ics.mentorPreparation", "ics.menteePreparation", "ics.resources", "ics.when", "ics.minutes");
    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    public Phrases {
        texts = Map.copyOf(texts);
    }

    public String get(String key) {
        return get(key, Map.of());
    }

    public String get(String key, Map<String, String> values) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("phrase '" + key + "' is missing in " + language);
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
