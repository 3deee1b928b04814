package com.pairwise.shared.model;

/** A bulk matching run: waits for the async job, runs, then holds a preview a coordinator commits. */
public enum MatchingRunStatus implements WireEnum {
    QUEUED,
    RUNNING,
    PREVIEW,
    COMMITTED,
    FAILED;

    @Override
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
