package com.pairwise.agenda.domain;

/**
 * Something a participant agreed to do at a meeting; it appears on every later agenda until done.
 *
 * @param ownerId user id of who does it, or null for the pair together
 */
public record ActionItem(String id, String text, String ownerId, boolean done) {
    public ActionItem withDone(boolean isDone) {
        return new ActionItem(id, text, ownerId, isDone);
    }
}
