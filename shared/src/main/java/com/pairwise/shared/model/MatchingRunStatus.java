package com.pairwise.shared.model;

/**
 * A bulk matching run: waits for the async job, runs, then holds a preview a coordinator commits; committing runs in
 * the background too, and a committed run may be committed again (pairs left out the first time).
 */
public enum MatchingRunStatus implements WireEnum {
    QUEUED,
    RUNNING,
    PREVIEW,
    COMMITTING,
    COMMITTED,
    FAILED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
