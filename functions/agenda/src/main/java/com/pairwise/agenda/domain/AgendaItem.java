package com.pairwise.agenda.domain;

import java.util.List;

/** One time-boxed part of a meeting, with the points to talk through. */
public record AgendaItem(String title, int minutes, List<String> points) {
    public AgendaItem {
        points = List.copyOf(points);
    }
}
