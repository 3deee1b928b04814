package com.pairwise.matching.engine;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Deterministic text normalisation for skills, interests and goals. No stemming, no locale surprises. */
final class Text {

    /** Words too common to say anything about fit. */
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "want", "wants", "would", "like", "learn", "learning", "improve", "better",
            "more", "how", "get", "grow", "growing", "develop", "developing", "skills", "skill", "my", "our", "your",
            "into", "from", "about", "that", "this", "have", "has", "are", "was", "will", "can", "also", "some",
            "work", "working", "role", "next", "level", "career", "become", "build", "building", "understand", "own");

    private Text() {
    }

    /** Case-insensitive key of a skill or interest: trimmed, inner spaces collapsed, lower case. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        return tidy(s).toLowerCase(Locale.ROOT);
    }

    /** The original spelling with outer spaces removed and inner runs of spaces collapsed, for display. */
    static String tidy(String s) {
        // Hand-written rather than a regex: profiles are compiled on every one-off suggestion request.
        String t = s.strip();
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out == null) {
                    if (c == ' ' && (i + 1 >= t.length() || !Character.isWhitespace(t.charAt(i + 1)))) {
                        continue; // a single plain space needs no rewrite
                    }
                    out = new StringBuilder(t.length()).append(t, 0, i);
                }
                space = true;
                continue;
            }
            if (out != null) {
                if (space) {
                    out.append(' ');
                }
                out.append(c);
            }
            space = false;
        }
        return out == null ? t : out.toString();
    }

    /** Distinct words of free text: lower case, letters and digits, at least 3 characters, no stop words. */
    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        if (text == null) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (i - start >= 3) {
                    String w = lower.substring(start, i);
                    if (!STOP.contains(w)) {
                        out.add(w);
                    }
                }
                start = -1;
            }
        }
        return out;
    }
}
