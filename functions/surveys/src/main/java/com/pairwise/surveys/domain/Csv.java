package com.pairwise.surveys.domain;

import java.util.List;

/**
 * Writes RFC 4180 CSV (CRLF line ends, fields with quotes, commas or line breaks quoted, quotes doubled). Text that
 * a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe;
 * numbers the report computes itself are written as they are.
 */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    public Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return quote(value.toString());
        }
        return quote(defuse(value.toString()));
    }

    static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quote(String text) {
        if (text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
