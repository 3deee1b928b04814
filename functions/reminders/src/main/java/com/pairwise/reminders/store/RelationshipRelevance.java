package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.Relevance;
import com.pairwise.reminders.domain.Reminder;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.RelationshipStore;

/** Reminders about a relationship (meetings, inactivity) go only while it is active. */
public final class RelationshipRelevance implements Relevance {
    private final RelationshipStore relationships;

    public RelationshipRelevance(RelationshipStore relationships) {
        this.relationships = relationships;
    }

    @Override
    public boolean stillRelevant(Reminder reminder) {
        String id = reminder.facts().get("relationshipId");
        return id == null || relationships.get(id).map(Relationship::isActive).orElse(false);
    }
}
