package com.pairwise.reminders.domain;

import com.pairwise.shared.model.ReminderTimings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Once a week, for each running program: one digest reminder per coordinator listing the relationships idle for the
 * program's inactivity period and the people still waiting. It is an ordinary reminder (kind {@code weekly_digest},
 * subject {@code <programId>/<ISO week>}), so the reminder item's key makes it exactly once per coordinator, program
 * and week however often the rule fires, and delivery respects preferences and quiet hours like any other.
 */
public final class WeeklyDigest {
    /** People listed per section; more are counted, not named, so a digest stays readable and its item small. */
    public static final int LISTED = 50;

    private final DigestPrograms programs;
    private final RelationshipActivity activity;
    private final WaitingPeople waiting;
    private final ProgramTimings timings;
    private final Recipients recipients;
    private final ReminderBook book;

    public WeeklyDigest(DigestPrograms programs, RelationshipActivity activity, WaitingPeople waiting, ProgramTimings timings,
                        Recipients recipients, ReminderBook book) {
        this.programs = programs;
        this.activity = activity;
        this.waiting = waiting;
        this.timings = timings;
        this.recipients = recipients;
        this.book = book;
    }

    /** Plans this week's digests, due now; returns how many coordinators' digests were offered to the book. */
    public int plan(Instant now) {
        String week = isoWeek(now);
        ProgramTimings perRun = timings.cached();
        int[] planned = {0};
        programs.forEach(program -> {
            if (program.coordinators().isEmpty()) {
                return;
            }
            Map<String, String> facts = facts(program, perRun.of(program.id()), now);
            for (String coordinator : program.coordinators()) {
                // Revision 0 every time: a second run this week finds the item there and leaves it as it is.
                book.schedule(new Reminder(coordinator, program.id() + "/" + week, ReminderKind.WEEKLY_DIGEST, program.id(), now, 0,
                        facts, now.plus(Duration.ofDays(7)), 0));
                planned[0]++;
            }
        });
        return planned[0];
    }

    /** "2026-W48": the ISO week of {@code at} in UTC. */
    public static String isoWeek(Instant at) {
        var day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Map<String, String> facts(DigestPrograms.DigestProgram program, ReminderTimings t, Instant now) {
        List<RelationshipActivity.Idle> idle = activity.idleSince(program.id(), now.minus(Duration.ofDays(t.inactivityDays())), LISTED + 1);
        List<String> idleLines = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (RelationshipActivity.Idle i : idle.subList(0, Math.min(idle.size(), LISTED))) {
            List<String> names = new ArrayList<>();
            i.participants().forEach(id -> names.add(name(program.id(), id)));
            listed.addAll(i.participants());
            idleLines.add(String.join(", ", names) + "\t" + i.lastActivity());
        }
        List<WaitingPeople.Waiting> people = waiting.of(program.id(), LISTED + 1);
        List<String> waitingLines = new ArrayList<>();
        for (WaitingPeople.Waiting w : people.subList(0, Math.min(people.size(), LISTED))) {
            listed.add(w.userId());
            waitingLines.add(name(program.id(), w.userId()) + "\t" + w.reason().name().toLowerCase(java.util.Locale.ROOT) + "\t" + w.since());
        }
        Map<String, String> facts = new HashMap<>();
        facts.put("program", program.name() == null ? program.id() : program.name());
        facts.put("days", Integer.toString(t.inactivityDays()));
        facts.put("asOf", now.toString());
        facts.put("inactive", String.join("\n", idleLines));
        facts.put("inactiveMore", Boolean.toString(idle.size() > LISTED));
        facts.put("waiting", String.join("\n", waitingLines));
        // Whom the digest names, so erasing one of them finds it in the coordinators' feeds.
        facts.put(Reminder.ABOUT, String.join(",", listed));
        facts.put("waitingMore", Boolean.toString(people.size() > LISTED));
        return facts;
    }

    private String name(String programId, String userId) {
        String name = recipients.find(programId, userId).map(Recipient::displayName).orElse(null);
        String shown = name == null || name.isBlank() ? userId : name;
        return shown.replaceAll("[\\t\\n\\r]", " ");
    }
}
