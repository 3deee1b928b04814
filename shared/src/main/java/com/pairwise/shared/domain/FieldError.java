package com.pairwise.shared.domain;

/** One problem with one input field; {@code field} is a JSON path such as {@code profile.languages[1]}. */
public record FieldError(String field, String message) {
}
