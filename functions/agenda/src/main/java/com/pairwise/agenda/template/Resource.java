package com.pairwise.agenda.template;

/** A learning resource a session points to: a title and an absolute http(s) link. */
public record Resource(String title, String url) {
}
