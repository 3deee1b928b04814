package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Picks the template session that fits a relationship's history. Sessions run in template order: the first one not
 * yet covered whose timing (meetings held, weeks since the start) is met. A pair meeting faster than the timing
 * moves on to the next uncovered session anyway; once every session is covered, the last one (reflection) repeats.
 */
public final class SessionChooser {
    private SessionChooser() {
    }

    public static int choose(List<Session> sessions, int meetingsHeld, Set<String> covered, Instant startedAt, Instant meetingStart) {
        long weeks = startedAt == null || meetingStart.isBefore(startedAt) ? 0 : Duration.between(startedAt, meetingStart).toDays() / 7;
        int firstUncovered = -1;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (covered.contains(s.key())) {
                continue;
            }
            if (firstUncovered < 0) {
                firstUncovered = i;
            }
            if (s.afterMeetings() <= meetingsHeld && s.afterWeeks() <= weeks) {
                return i;
            }
        }
        return firstUncovered >= 0 ? firstUncovered : sessions.size() - 1;
    }
}
