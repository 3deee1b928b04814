package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.Relevance;
import com.pairwise.reminders.domain.Reminder;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.shared.model.MatchRequestStatus;
import com.pairwise.shared.store.MatchRequestStore;

/**
 * A mentor is nudged only while the request still waits for them; the mentee hears of the expiry only if it really
 * expired (the matching function expires lazily, so a pending request past its expiry counts as expired).
 */
public final class MatchRequestRelevance implements Relevance {
    private final MatchRequestStore requests;

    public MatchRequestRelevance(MatchRequestStore requests) {
        this.requests = requests;
    }

    @Override
    public boolean stillRelevant(Reminder reminder) {
        String id = reminder.facts().get("matchRequestId");
        if (id == null) {
            return true;
        }
        return requests.get(id).map(request -> reminder.kind() == ReminderKind.MATCH_REQUEST_EXPIRED
                ? request.effectiveStatus(reminder.dueAt()) == MatchRequestStatus.EXPIRED
                : request.isOpen(reminder.dueAt())).orElse(false);
    }
}
