package com.pairwise.signup.domain;

import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.ProgramKind;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.ProgramStatus;
import com.pairwise.shared.model.RegistrationWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A valid, open, evergreen one-to-one program in English and Spanish; each {@code with...} changes one setting. */
final class ProgramFixture {
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private String name = "Engineering mentoring";
    private String description = "Pairs engineers across offices";
    private ProgramKind kind = ProgramKind.EVERGREEN;
    private LocalDate startDate;
    private LocalDate endDate;
    private ProgramFormat format = ProgramFormat.ONE_TO_ONE;
    private ProgramStatus status = ProgramStatus.OPEN;
    private RegistrationWindow mentorRegistration = RegistrationWindow.ALWAYS;
    private RegistrationWindow menteeRegistration = RegistrationWindow.ALWAYS;
    private Integer menteeCap;
    private int defaultMentorCapacity = 2;
    private Set<ProfileField> required = Set.of();
    private List<String> languages = List.of("en", "es");
    private List<String> seniorityLevels = List.of("junior", "mid", "senior");
    private List<String> coordinators = List.of();

    private ProgramFixture() {
    }

    static ProgramFixture program() {
        return new ProgramFixture();
    }

    /** A cohort running through the given dates. */
    ProgramFixture cohort(LocalDate start, LocalDate end) {
        this.kind = ProgramKind.COHORT;
        this.startDate = start;
        this.endDate = end;
        return this;
    }

    ProgramFixture kind(ProgramKind value) {
        this.kind = value;
        return this;
    }

    ProgramFixture dates(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
        return this;
    }

    ProgramFixture format(ProgramFormat value) {
        this.format = value;
        return this;
    }

    ProgramFixture status(ProgramStatus value) {
        this.status = value;
        return this;
    }

    ProgramFixture mentorWindow(Instant opensAt, Instant closesAt) {
        this.mentorRegistration = new RegistrationWindow(opensAt, closesAt);
        return this;
    }

    ProgramFixture menteeWindow(Instant opensAt, Instant closesAt) {
        this.menteeRegistration = new RegistrationWindow(opensAt, closesAt);
        return this;
    }

    ProgramFixture withRequired(ProfileField first, ProfileField... more) {
        this.required = EnumSet.of(first, more);
        return this;
    }

    ProgramFixture languages(String... codes) {
        this.languages = List.of(codes);
        return this;
    }

    ProgramFixture seniorityLevels(String... levels) {
        this.seniorityLevels = List.of(levels);
        return this;
    }

    ProgramFixture coordinators(List<String> ids) {
        this.coordinators = List.copyOf(ids);
        return this;
    }

    ProgramSettings settings() {
        return new ProgramSettings(name, description, kind, startDate, endDate, format, status, mentorRegistration,
                menteeRegistration, menteeCap, defaultMentorCapacity, required, languages, seniorityLevels, coordinators);
    }

    Program build() {
        return new Program("prg_test0000000000000000", settings(), CREATED, CREATED, 1);
    }
}
