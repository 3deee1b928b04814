package com.pairwise.signup.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.http.Fields;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.ProgramCounts;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Role;
import com.pairwise.signup.domain.ProfileEdit;
import com.pairwise.signup.domain.ProfileRules;
import com.pairwise.signup.domain.SignUp;
import java.util.List;
import java.util.Set;

/** Registration bodies in and out: the role plus a flat profile. */
final class RegistrationJson {
    private static final Set<String> PROFILE_FIELDS = Set.of("displayName", "email", "languages", "timeZone", "country",
            "region", "department", "seniority", "skillsOffered", "skillsToDevelop", "goals", "interests", "capacity");
    private static final Set<String> SIGN_UP_FIELDS = union(PROFILE_FIELDS, "role");
    /** Profile fields a PATCH may set to null to clear them; requiredness is then checked against the program. */
    private static final Set<String> NOT_CLEARABLE = Set.of("displayName", "languages");
    private static final Profile EMPTY = new Profile(null, null, List.of(), null, null, null, null, null, List.of(), List.of(),
            null, List.of(), null);

    private RegistrationJson() {
    }

    static SignUp readSignUp(ObjectNode body) {
        Fields f = new Fields(body);
        f.rejectUnknown(SIGN_UP_FIELDS);
        Role role = f.enumValue("role", Role.class);
        f.require("role", role);
        Profile profile = readProfile(f, EMPTY);
        return new SignUp(role, profile, f.errors());
    }

    /** The edited profile and every problem reading the body; the program's rules are checked with them. */
    static ProfileEdit readPatch(ObjectNode body, Profile current) {
        Fields f = new Fields(body);
        if (f.has("role")) {
            f.error("role", "cannot be changed; withdraw and sign up again in the other role");
        }
        f.rejectUnknown(SIGN_UP_FIELDS);
        for (String name : NOT_CLEARABLE) {
            if (f.isNull(name)) {
                f.error(name, "must not be null");
            }
        }
        Profile profile = readProfile(f, current);
        return new ProfileEdit(profile, f.errors());
    }

    private static Profile readProfile(Fields f, Profile base) {
        return new Profile(
                pick(f, "displayName", f.text("displayName", 100), base.displayName()),
                pick(f, "email", f.text("email", 254), base.email()),
                list(pick(f, "languages", f.texts("languages", 10, 8), base.languages())),
                pick(f, "timeZone", f.text("timeZone", 64), base.timeZone()),
                pick(f, "country", f.text("country", 8), base.country()),
                pick(f, "region", f.text("region", 100), base.region()),
                pick(f, "department", f.text("department", 100), base.department()),
                pick(f, "seniority", f.text("seniority", 50), base.seniority()),
                list(pick(f, "skillsOffered", f.texts("skillsOffered", 30, 80), base.skillsOffered())),
                list(pick(f, "skillsToDevelop", f.texts("skillsToDevelop", 30, 80), base.skillsToDevelop())),
                pick(f, "goals", f.text("goals", 2000), base.goals()),
                list(pick(f, "interests", f.texts("interests", 30, 80), base.interests())),
                pick(f, "capacity", f.integer("capacity", 1, ProfileRules.MAX_CAPACITY), base.capacity()));
    }

    private static <T> T pick(Fields f, String name, T parsed, T base) {
        return f.has(name) ? parsed : base;
    }

    private static List<String> list(List<String> value) {
        return value == null ? List.of() : value;
    }

    static ObjectNode write(Registration r) {
        Profile p = r.profile();
        ObjectNode o = JsonTree.object();
        o.put("programId", r.programId());
        o.put("userId", r.userId());
        o.put("role", r.role().wire());
        o.put("status", r.status().wire());
        o.put("displayName", p.displayName());
        o.put("email", p.email());
        o.set("languages", ProgramJson.strings(p.languages()));
        o.put("timeZone", p.timeZone());
        o.put("country", p.country());
        o.put("region", p.region());
        o.put("department", p.department());
        o.put("seniority", p.seniority());
        o.set("skillsOffered", ProgramJson.strings(p.skillsOffered()));
        o.set("skillsToDevelop", ProgramJson.strings(p.skillsToDevelop()));
        o.put("goals", p.goals());
        o.set("interests", ProgramJson.strings(p.interests()));
        if (p.capacity() == null) {
            o.putNull("capacity");
        } else {
            o.put("capacity", p.capacity());
        }
        o.put("registeredAt", r.registeredAt().toString());
        o.put("updatedAt", r.updatedAt().toString());
        o.put("version", r.version());
        return o;
    }

    static ObjectNode write(ProgramCounts c) {
        ObjectNode o = JsonTree.object();
        o.put("mentors", c.mentors());
        o.put("mentees", c.mentees());
        o.put("peers", c.peers());
        o.put("waitlisted", c.waitlisted());
        ObjectNode byCountry = o.putObject("byCountry");
        c.byCountry().forEach(byCountry::put);
        return o;
    }

    private static Set<String> union(Set<String> a, String b) {
        java.util.HashSet<String> out = new java.util.HashSet<>(a);
        out.add(b);
        return Set.copyOf(out);
    }
}
