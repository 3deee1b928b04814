package com.pairwise.signup.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.MatchingSettings;
import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.RegistrationWindow;
import com.pairwise.shared.model.ReminderTimings;
import com.pairwise.shared.model.WireEnum;
import com.pairwise.signup.domain.ProfileRules;
import com.pairwise.signup.domain.ProgramRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Program bodies in and out. Reading checks types and lengths; {@link ProgramRules} checks the whole. */
final class ProgramJson {
    private static final Set<String> FIELDS = Set.of("name", "description", "kind", "startDate", "endDate", "format", "status",
            "mentorRegistration", "menteeRegistration", "menteeCap", "defaultMentorCapacity", "requiredProfileFields",
            "languages", "seniorityLevels", "coordinators", "matching", "reminders");
    private static final Set<String> WINDOW_FIELDS = Set.of("opensAt", "closesAt");
    /** Fields a PATCH may set to null to clear them. */
    private static final Set<String> CLEARABLE = Set.of("description", "startDate", "endDate", "menteeCap",
            "mentorRegistration", "menteeRegistration");

    static final ProgramSettings DEFAULTS = new ProgramSettings(null, null, null, null, null, null, ProgramStatus.DRAFT,
            null, null, null, 2, Set.of(ProfileField.TIME_ZONE, ProfileField.COUNTRY), List.of("en"), List.of(), List.of());

    private ProgramJson() {
    }

    /** A new program's settings: {@code name}, {@code kind} and {@code format} are required, the rest default. */
    static ProgramSettings readNew(ObjectNode body) {
        Fields f = new Fields(body);
        ProgramSettings s = read(f, DEFAULTS);
        f.require("name", s.name());
        f.require("kind", s.kind());
        f.require("format", s.format());
        f.throwIfInvalid();
        return s;
    }

    /** Applies the fields present in a PATCH body to {@code current}; absent fields stay, null clears where allowed. */
    static ProgramSettings readPatch(ObjectNode body, ProgramSettings current) {
        Fields f = new Fields(body);
        ProgramSettings s = read(f, current);
        f.throwIfInvalid();
        return s;
    }

    private static ProgramSettings read(Fields f, ProgramSettings base) {
        f.rejectUnknown(FIELDS);
        for (String name : FIELDS) {
            if (f.isNull(name) && !CLEARABLE.contains(name)) {
                f.error(name, "must not be null");
            }
        }
        return new ProgramSettings(
                pick(f, "name", f.text("name", 120), base.name()),
                pick(f, "description", f.text("description", 4000), base.description()),
                pick(f, "kind", f.enumValue("kind", ProgramKind.class), base.kind()),
                pick(f, "startDate", f.date("startDate"), base.startDate()),
                pick(f, "endDate", f.date("endDate"), base.endDate()),
                pick(f, "format", f.enumValue("format", ProgramFormat.class), base.format()),
                pick(f, "status", f.enumValue("status", ProgramStatus.class), base.status()),
                pick(f, "mentorRegistration", window(f, "mentorRegistration"), base.mentorRegistration()),
                pick(f, "menteeRegistration", window(f, "menteeRegistration"), base.menteeRegistration()),
                pick(f, "menteeCap", f.integer("menteeCap", 1, 1_000_000), base.menteeCap()),
                pick(f, "defaultMentorCapacity", f.integer("defaultMentorCapacity", 1, ProfileRules.MAX_CAPACITY), base.defaultMentorCapacity()),
                pick(f, "requiredProfileFields", profileFields(f), base.requiredProfileFields()),
                pick(f, "languages", f.texts("languages", 50, 8), base.languages()),
                pick(f, "seniorityLevels", f.texts("seniorityLevels", 20, 50), base.seniorityLevels()),
                pick(f, "coordinators", f.texts("coordinators", ProgramRules.MAX_COORDINATORS, 128), base.coordinators()),
                matching(f, base.matching()),
                reminders(f, base.reminders()));
    }

    /**
     * The parsed value when the field was sent, else the base value. A field that failed to parse has already recorded
     * its error; it falls back to the base unless it may be cleared, so nothing downstream meets an unexpected null.
     */
    private static <T> T pick(Fields f, String name, T parsed, T base) {
        if (!f.has(name)) {
            return base;
        }
        return parsed != null || CLEARABLE.contains(name) ? parsed : base;
    }

    private static MatchingSettings matching(Fields f, MatchingSettings base) {
        Fields m = f.object("matching");
        return m == null ? base : MatchingSettingsJson.read(m, base);
    }

    private static ReminderTimings reminders(Fields f, ReminderTimings base) {
        Fields r = f.object("reminders");
        return r == null ? base : ReminderTimingsJson.read(r, base);
    }

    private static RegistrationWindow window(Fields f, String name) {
        Fields w = f.object(name);
        if (w == null) {
            return null;
        }
        w.rejectUnknown(WINDOW_FIELDS);
        return new RegistrationWindow(w.instant("opensAt"), w.instant("closesAt"));
    }

    private static Set<ProfileField> profileFields(Fields f) {
        List<String> names = f.texts("requiredProfileFields", ProfileField.values().length, 40);
        if (names == null) {
            return null;
        }
        Set<ProfileField> out = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            WireEnum.parse(ProfileField.class, name).ifPresentOrElse(out::add,
                    () -> f.error("requiredProfileFields", "has '" + name + "'; allowed: " + WireEnum.allowed(ProfileField.class)));
        }
        return out;
    }

    static ObjectNode write(Program p) {
        ProgramSettings s = p.settings();
        ObjectNode o = JsonTree.object();
        o.put("id", p.id());
        o.put("name", s.name());
        o.put("description", s.description());
        o.put("kind", s.kind().wire());
        o.put("startDate", text(s.startDate()));
        o.put("endDate", text(s.endDate()));
        o.put("format", s.format().wire());
        o.put("status", s.status().wire());
        o.set("mentorRegistration", window(s.mentorRegistration()));
        o.set("menteeRegistration", window(s.menteeRegistration()));
        if (s.menteeCap() == null) {
            o.putNull("menteeCap");
        } else {
            o.put("menteeCap", s.menteeCap());
        }
        o.put("defaultMentorCapacity", s.defaultMentorCapacity());
        List<String> required = new ArrayList<>();
        s.requiredProfileFields().forEach(field -> required.add(field.wire()));
        required.sort(null);
        o.set("requiredProfileFields", strings(required));
        o.set("languages", strings(s.languages()));
        o.set("seniorityLevels", strings(s.seniorityLevels()));
        o.set("coordinators", strings(s.coordinators()));
        o.set("matching", MatchingSettingsJson.write(s.matching()));
        o.set("reminders", ReminderTimingsJson.write(s.reminders()));
        o.put("createdAt", p.createdAt().toString());
        o.put("updatedAt", p.updatedAt().toString());
        o.put("version", p.version());
        return o;
    }

    private static ObjectNode window(RegistrationWindow w) {
        ObjectNode o = JsonTree.object();
        o.put("opensAt", text(w.opensAt()));
        o.put("closesAt", text(w.closesAt()));
        return o;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = JsonTree.array();
        values.forEach(a::add);
        return a;
    }

    private static String text(Instant value) {
        return value == null ? null : value.toString();
    }

    private static String text(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
