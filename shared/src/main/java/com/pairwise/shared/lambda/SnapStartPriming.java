package com.pairwise.shared.lambda;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Runs a warm-up just before Lambda SnapStart takes the snapshot of an initialised function, so classes loaded and
 * code paths run by the warm-up (JSON parsing, routing, SDK marshalling, the HTTP client, credentials) are already
 * in the snapshot instead of being paid for by the first request after every restore. Outside SnapStart (tests,
 * local runs, plain JVMs) no checkpoint happens and the warm-up never runs.
 *
 * <p>The CRaC global context may hold resources weakly: keep the returned object in a field of the handler.
 */
public final class SnapStartPriming implements Resource {
    private final Runnable warmUp;

    private SnapStartPriming(Runnable warmUp) {
        this.warmUp = warmUp;
    }

    public static SnapStartPriming register(Runnable warmUp) {
        SnapStartPriming priming = new SnapStartPriming(warmUp);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        warmUp.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: clients hold no connections worth dropping and credentials refresh themselves
    }
}
