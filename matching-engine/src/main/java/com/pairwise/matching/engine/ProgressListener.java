package com.pairwise.matching.engine;

/** Lets an async job show progress of a long run. Called from the matching thread; keep it cheap. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (phase, done, total) -> { };

    void onProgress(String phase, long done, long total);
}
