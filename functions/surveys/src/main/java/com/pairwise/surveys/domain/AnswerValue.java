package com.pairwise.surveys.domain;

import java.util.List;
import java.util.Map;

/** An answer as the client sent it, before it is checked against its question; the API maps its JSON onto these. */
public sealed interface AnswerValue {

    /** A whole number. */
    record Whole(long value) implements AnswerValue {
    }

    /** A string. */
    record Text(String value) implements AnswerValue {
    }

    /** A list of strings. */
    record Texts(List<String> values) implements AnswerValue {
        public Texts {
            values = List.copyOf(values);
        }
    }

    /** Named values, e.g. a rating per skill. */
    record Named(Map<String, AnswerValue> values) implements AnswerValue {
        public Named {
            values = Map.copyOf(values);
        }
    }

    /** Anything else (a fraction, true/false, a list of non-strings); {@code kind} says what, for the error message. */
    record Other(String kind) implements AnswerValue {
    }
}
