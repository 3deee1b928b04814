package com.pairwise.reminders.domain;

import com.pairwise.shared.model.ReminderTimings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what happened (a relationship started or ended, a meeting booked, moved or cancelled) into reminders to
 * keep or withdraw, at the times the program sets. Safe to call twice with the same event: the book keeps one
 * reminder per key and revision.
 */
public final class ReminderPlanner {
    private final ReminderBook book;
    private final ProgramTimings timings;
    private final RelationshipActivity activity;

    public ReminderPlanner(ReminderBook book, ProgramTimings timings, RelationshipActivity activity) {
        this.book = book;
        this.timings = timings;
        this.activity = activity;
    }

    /** Each participant is nudged when the pair has not met for the inactivity period since it started. */
    public void relationshipStarted(String relationshipId, String programId, List<String> participants, Instant startedAt) {
        scheduleInactivity(relationshipId, programId, participants, startedAt, timings.of(programId));
    }

    public void relationshipEnded(String relationshipId, List<String> participants) {
        activity.ended(relationshipId);
        for (String who : participants) {
            book.cancel(who, ReminderKind.INACTIVITY, relationshipId, Long.MAX_VALUE);
        }
    }

    /**
     * A meeting was booked or moved: a reminder per participant and lead time (those already past are left out),
     * and the inactivity nudge moves to the inactivity period after the meeting. Reminders at lead times the
     * program no longer uses are withdrawn.
     *
     * @param sequence the meeting's iCalendar sequence, bumped on every change: the newest booking wins
     * @param agendas  agenda item titles by language code ("" for an agenda of no particular language)
     */
    public void meetingScheduled(String meetingId, String relationshipId, String programId, List<String> participants,
                                 Instant start, long sequence, Map<String, List<String>> agendas, Instant now) {
        ReminderTimings program = timings.of(programId);
        for (String who : participants) {
            Map<String, String> facts = new HashMap<>();
            facts.put("start", start.toString());
            facts.put("relationshipId", relationshipId);
            facts.put("partnerIds", String.join(",", others(participants, who)));
            // Each language's agenda: the message shows the one in the recipient's language.
            agendas.forEach((language, titles) -> {
                if (!titles.isEmpty()) {
                    facts.put(language.isEmpty() ? "agenda" : "agenda." + language, String.join("\n", titles));
                }
            });
            Set<String> planned = new HashSet<>();
            for (Duration lead : program.meetingLeadTimes()) {
                String subject = meetingSubject(meetingId, lead);
                planned.add(subject);
                Instant due = start.minus(lead);
                if (due.isBefore(now)) {
                    // Booked too late for this one; withdraw an earlier booking's reminder at this lead.
                    book.cancel(who, ReminderKind.MEETING, subject, sequence);
                } else {
                    book.schedule(new Reminder(who, subject, ReminderKind.MEETING, programId, due, sequence, facts, start, 0));
                }
            }
            for (String subject : book.subjects(who, ReminderKind.MEETING, meetingId + "/")) {
                if (!planned.contains(subject)) {
                    book.cancel(who, ReminderKind.MEETING, subject, sequence);
                }
            }
        }
        scheduleInactivity(relationshipId, programId, participants, start, program);
    }

    /**
     * Withdraws every reminder of the meeting, at whatever lead it was planned; the program's current leads are
     * withdrawn too, so a booking delivered after its cancellation cannot bring them back.
     */
    public void meetingCancelled(String meetingId, String programId, List<String> participants, long sequence) {
        List<Duration> leads = timings.of(programId).meetingLeadTimes();
        for (String who : participants) {
            Set<String> subjects = new HashSet<>(book.subjects(who, ReminderKind.MEETING, meetingId + "/"));
            leads.forEach(lead -> subjects.add(meetingSubject(meetingId, lead)));
            for (String subject : subjects) {
                book.cancel(who, ReminderKind.MEETING, subject, sequence);
            }
        }
    }

    /**
     * A mentee asked a mentor: the mentor is nudged after each of the program's nudge delays that falls before the
     * expiry, and the mentee is told when it expires (both dropped at send time if the mentor answered meanwhile).
     */
    public void matchRequested(String requestId, String programId, String menteeId, String mentorId, Instant createdAt, Instant expiresAt) {
        int step = 1;
        for (int days : timings.of(programId).requestNudgeDays()) {
            Instant due = createdAt.plus(Duration.ofDays(days));
            if (due.isBefore(expiresAt)) {
                book.schedule(new Reminder(mentorId, requestId + "/" + step, ReminderKind.MATCH_REQUEST, programId, due, 0,
                        Map.of("matchRequestId", requestId, "partnerIds", menteeId), expiresAt, 0));
            }
            step++;
        }
        book.schedule(new Reminder(menteeId, requestId, ReminderKind.MATCH_REQUEST_EXPIRED, programId, expiresAt, 0,
                Map.of("matchRequestId", requestId, "partnerIds", mentorId), null, 0));
    }

    /** Extension point for other functions (surveys due, registration to finish, match requests): a ready reminder. */
    public void requested(Reminder reminder) {
        book.schedule(reminder);
    }

    /** The other side of {@link #requested}: a tombstone, unless a newer request is there already. */
    public void withdrawn(String recipientId, ReminderKind kind, String subject, long revision) {
        book.cancel(recipientId, kind, subject, revision);
    }

    static String meetingSubject(String meetingId, Duration lead) {
        return meetingId + "/" + ReminderSettings.leadName(lead);
    }

    private void scheduleInactivity(String relationshipId, String programId, List<String> participants, Instant lastActivity,
                                    ReminderTimings program) {
        Duration after = Duration.ofDays(program.inactivityDays());
        activity.touched(relationshipId, programId, participants, lastActivity);
        for (String who : participants) {
            Map<String, String> facts = Map.of(
                    "relationshipId", relationshipId,
                    "partnerIds", String.join(",", others(participants, who)),
                    "days", Long.toString(program.inactivityDays()));
            // Revision = the activity's time: a later meeting pushes the nudge out, an older event never pulls it in.
            book.schedule(new Reminder(who, relationshipId, ReminderKind.INACTIVITY, programId,
                    lastActivity.plus(after), lastActivity.toEpochMilli(), facts, null, 0));
        }
    }

    private static List<String> others(List<String> participants, String who) {
        List<String> out = new ArrayList<>(participants);
        out.remove(who);
        return out;
    }
}
