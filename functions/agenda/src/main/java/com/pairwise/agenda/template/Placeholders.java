package com.pairwise.agenda.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {name}} placeholders template text may use, and their substitution. */
public final class Placeholders {
    /** Mentor's and mentee(s)' display names, the meeting length in minutes, the relationship's goals. */
    public static final Set<String> KNOWN = Set.of("mentor", "mentee", "minutes", "goals");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Placeholders() {
    }

    /** Placeholder names in {@code text} that are not {@link #KNOWN}, in order of appearance. */
    public static List<String> unknown(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Replaces every known placeholder; {@code values} must hold one entry per {@link #KNOWN} name. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
