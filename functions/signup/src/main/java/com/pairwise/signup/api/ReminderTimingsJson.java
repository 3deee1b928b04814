package com.pairwise.signup.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.ReminderTimingsDocument;
import com.pairwise.shared.model.ReminderTimings;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A program's optional nested {@code reminders} object. Fields left out keep the base value (the defaults on create,
 * the current value on a patch). Lead times must differ from each other; nudge days must increase, since the n-th
 * nudge is meant to follow the one before.
 */
final class ReminderTimingsJson {
    private static final Set<String> FIELDS = Set.of("meetingLeadTimes", "inactivityDays", "requestNudgeDays");

    private ReminderTimingsJson() {
    }

    /** @param f the {@code reminders} object's fields (errors are reported as {@code reminders.<field>}) */
    static ReminderTimings read(Fields f, ReminderTimings base) {
        f.rejectUnknown(FIELDS);
        for (String name : FIELDS) {
            if (f.isNull(name)) {
                f.error(name, "must not be null");
            }
        }
        List<Duration> leads = f.durations("meetingLeadTimes", ReminderTimings.MAX_LEAD_TIMES,
                ReminderTimings.MIN_LEAD_TIME, ReminderTimings.MAX_LEAD_TIME);
        if (leads != null) {
            Set<Duration> seen = new HashSet<>();
            for (int i = 0; i < leads.size(); i++) {
                if (!seen.add(leads.get(i))) {
                    f.error("meetingLeadTimes[" + i + "]", "repeats an earlier lead time");
                }
            }
        }
        Integer inactivity = f.integer("inactivityDays", 1, ReminderTimings.MAX_INACTIVITY_DAYS);
        List<Integer> nudges = f.integers("requestNudgeDays", ReminderTimings.MAX_REQUEST_NUDGES, 1, ReminderTimings.MAX_NUDGE_DAYS);
        if (nudges != null) {
            for (int i = 1; i < nudges.size(); i++) {
                if (nudges.get(i) <= nudges.get(i - 1)) {
                    f.error("requestNudgeDays[" + i + "]", "must be more than the nudge before it");
                }
            }
        }
        return new ReminderTimings(
                leads == null ? base.meetingLeadTimes() : leads,
                inactivity == null ? base.inactivityDays() : inactivity,
                nudges == null ? base.requestNudgeDays() : nudges);
    }

    static ObjectNode write(ReminderTimings t) {
        return ReminderTimingsDocument.write(t);
    }
}
