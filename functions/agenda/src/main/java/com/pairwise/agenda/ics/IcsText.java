package com.pairwise.agenda.ics;

import java.nio.charset.StandardCharsets;

/** RFC 5545 content lines: TEXT escaping (3.3.11) and folding at 75 octets without splitting a character (3.1). */
final class IcsText {
    private static final int MAX_OCTETS = 75;

    private IcsText() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** One content line, folded, ending in CRLF. */
    static String line(String content) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the leading space of the continuation line counts
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
