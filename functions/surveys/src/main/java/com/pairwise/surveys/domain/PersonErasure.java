package com.pairwise.surveys.domain;

import com.pairwise.shared.events.PersonErased;
import com.pairwise.surveys.store.SurveyErasureStore;

/**
 * Surveys' part of an erasure ({@link PersonErased}): the person's survey instances and non-anonymous answers are
 * deleted (with their skills baselines and check-in flags), and the relationships surveys tracks keep the pseudonym
 * in their place. Report counters and anonymous answers stay: they hold no one. Deleting and pseudonymising are
 * conditional on the person still being there, so a redelivered or resumed erasure repeats nothing.
 */
public final class PersonErasure {
    private final SurveyErasureStore store;

    public PersonErasure(SurveyErasureStore store) {
        this.store = store;
    }

    /** What one erasure changed here (a redelivery reports zeros). */
    public record Outcome(int instancesDeleted, int relationshipsPseudonymised) {
    }

    public Outcome erase(PersonErased erasure) {
        int instances = store.eraseInstances(erasure.personId());
        int relationships = 0;
        for (PersonErased.ErasedRelationship r : erasure.relationships()) {
            if (store.pseudonymiseRelationship(r.programId(), r.relationshipId(), erasure)) {
                relationships++;
            }
        }
        return new Outcome(instances, relationships);
    }
}
