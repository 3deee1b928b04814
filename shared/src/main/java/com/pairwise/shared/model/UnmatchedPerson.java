package com.pairwise.shared.model;

/**
 * Someone a run (or a commit) left without a partner, and the rule that kept them out.
 *
 * @param rule   a stable code, e.g. {@code language}, {@code no_capacity}
 * @param reason the same in words, written to the person
 */
public record UnmatchedPerson(String userId, String rule, String reason) {
}
