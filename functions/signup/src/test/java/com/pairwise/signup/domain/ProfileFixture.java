package com.pairwise.signup.domain;

import com.pairwise.shared.model.Profile;
import java.util.List;

/** A complete, valid profile (English speaker in Madrid, mid level); each {@code with...} changes one field. */
final class ProfileFixture {
    private String displayName = "Ana Souza";
    private String email = "ana@example.com";
    private List<String> languages = List.of("en");
    private String timeZone = "Europe/Madrid";
    private String country = "ES";
    private String region = "EMEA";
    private String department = "Platform";
    private String seniority = "mid";
    private List<String> skillsOffered = List.of("java");
    private List<String> skillsToDevelop = List.of("public speaking");
    private String goals = "Lead a team";
    private List<String> interests = List.of("climbing");
    private Integer capacity;

    private ProfileFixture() {
    }

    static ProfileFixture profile() {
        return new ProfileFixture();
    }

    /** Only what every program requires: name, email and one language. */
    static ProfileFixture minimal() {
        ProfileFixture p = new ProfileFixture();
        p.timeZone = null;
        p.country = null;
        p.region = null;
        p.department = null;
        p.seniority = null;
        p.skillsOffered = null;
        p.skillsToDevelop = null;
        p.goals = null;
        p.interests = null;
        return p;
    }

    ProfileFixture displayName(String value) {
        this.displayName = value;
        return this;
    }

    ProfileFixture email(String value) {
        this.email = value;
        return this;
    }

    ProfileFixture languages(String... codes) {
        this.languages = List.of(codes);
        return this;
    }

    ProfileFixture timeZone(String value) {
        this.timeZone = value;
        return this;
    }

    ProfileFixture country(String value) {
        this.country = value;
        return this;
    }

    ProfileFixture seniority(String value) {
        this.seniority = value;
        return this;
    }

    ProfileFixture skillsOffered(List<String> value) {
        this.skillsOffered = value;
        return this;
    }

    ProfileFixture capacity(Integer value) {
        this.capacity = value;
        return this;
    }

    Profile build() {
        return new Profile(displayName, email, languages, timeZone, country, region, department, seniority,
                skillsOffered, skillsToDevelop, goals, interests, capacity);
    }
}
