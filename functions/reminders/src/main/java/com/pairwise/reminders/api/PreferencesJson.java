package com.pairwise.reminders.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.reminders.domain.Preferences;
import com.pairwise.reminders.domain.QuietHours;
import com.pairwise.reminders.domain.ReminderKind;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Preferences as JSON: {"kinds": {"meeting": true, ...}, "quietHours": {"start": "21:00", "end": "08:00"}}. */
final class PreferencesJson {
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Set<String> KINDS = Arrays.stream(ReminderKind.values()).map(ReminderKind::wire).collect(Collectors.toSet());

    private PreferencesJson() {
    }

    static ObjectNode write(Preferences p) {
        ObjectNode o = JsonTree.object();
        ObjectNode kinds = o.putObject("kinds");
        for (ReminderKind k : ReminderKind.values()) {
            kinds.put(k.wire(), p.allows(k));
        }
        o.putObject("quietHours").put("start", p.quietHours().start().toString()).put("end", p.quietHours().end().toString());
        return o;
    }

    /** Applies a JSON merge patch (RFC 7396) to the current preferences; every bad field is named at once. */
    static Preferences patch(Preferences current, JsonNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(Set.of("kinds", "quietHours"));
        EnumSet<ReminderKind> off = current.off().isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(current.off());
        Fields kinds = f.object("kinds");
        if (kinds != null) {
            kinds.rejectUnknown(KINDS);
            for (ReminderKind k : ReminderKind.values()) {
                if (kinds.isNull(k.wire())) {
                    kinds.error(k.wire(), "must be true or false");
                }
                Boolean on = kinds.bool(k.wire());
                if (Boolean.TRUE.equals(on)) {
                    off.remove(k);
                } else if (Boolean.FALSE.equals(on)) {
                    off.add(k);
                }
            }
        }
        QuietHours quiet = current.quietHours();
        if (f.isNull("quietHours")) {
            quiet = QuietHours.DEFAULT;
        }
        Fields q = f.object("quietHours");
        if (q != null) {
            q.rejectUnknown(Set.of("start", "end"));
            LocalTime start = time(q, "start", quiet.start());
            LocalTime end = time(q, "end", quiet.end());
            if (start != null && end != null) {
                quiet = new QuietHours(start, end);
            }
        }
        f.throwIfInvalid();
        return new Preferences(off, quiet);
    }

    private static LocalTime time(Fields q, String name, LocalTime current) {
        if (!q.has(name)) {
            return current;
        }
        String text = q.text(name, 5);
        if (text == null) {
            if (q.isNull(name)) {
                q.error(name, "must be a time of day such as 21:00");
            }
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            q.error(name, "must be a time of day such as 21:00");
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            q.error(name, "must be a time of day such as 21:00");
            return null;
        }
    }
}
