package com.pairwise.surveys.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A checked answer to one question. */
public sealed interface Answer {

    /** Text for a spreadsheet cell. */
    String display();

    /** Scale or NPS. */
    record Score(int value) implements Answer {
        @Override
        public String display() {
            return Integer.toString(value);
        }
    }

    /** One option of a single-choice question. */
    record Choice(String option) implements Answer {
        @Override
        public String display() {
            return option;
        }
    }

    /** Options of a multiple-choice question, in the question's order. */
    record Choices(List<String> options) implements Answer {
        public Choices {
            options = List.copyOf(options);
        }

        @Override
        public String display() {
            return String.join("; ", options);
        }
    }

    /** Free text. */
    record Written(String text) implements Answer {
        @Override
        public String display() {
            return text;
        }
    }

    /** A rating per skill. */
    record Ratings(Map<String, Integer> bySkill) implements Answer {
        public Ratings {
            bySkill = Map.copyOf(bySkill);
        }

        @Override
        public String display() {
            return bySkill.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        }
    }
}
