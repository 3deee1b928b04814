package com.pairwise.signup.domain;

import static com.pairwise.signup.domain.ProfileFixture.minimal;
import static com.pairwise.signup.domain.ProfileFixture.profile;
import static com.pairwise.signup.domain.ProgramFixture.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationGapsTest {

    @Test
    void aFullProfileHasNoGapsWhateverTheProgramRequires() {
        var settings = program().withRequired(ProfileField.DEPARTMENT, ProfileField.INTERESTS, ProfileField.REGION).settings();
        for (Role role : Role.values()) {
            assertEquals(Set.of(), RegistrationGaps.missing(profile().build(), role, settings), role.wire());
        }
    }

    @Test
    void eachRoleLacksWhatMatchingNeedsForIt() {
        var settings = program().settings();
        assertEquals(EnumSet.of(ProfileField.SKILLS_TO_DEVELOP, ProfileField.GOALS), RegistrationGaps.missing(minimal().build(), Role.MENTEE, settings));
        assertEquals(EnumSet.of(ProfileField.SKILLS_OFFERED), RegistrationGaps.missing(minimal().build(), Role.MENTOR, settings));
        assertEquals(EnumSet.of(ProfileField.SKILLS_TO_DEVELOP, ProfileField.SKILLS_OFFERED), RegistrationGaps.missing(minimal().build(), Role.PEER, settings));
    }

    @Test
    void aFieldTheProgramRequiresIsAGapWhenEmpty() {
        var settings = program().withRequired(ProfileField.DEPARTMENT, ProfileField.TIME_ZONE).settings();
        assertEquals(EnumSet.of(ProfileField.TIME_ZONE, ProfileField.DEPARTMENT, ProfileField.SKILLS_OFFERED),
                RegistrationGaps.missing(minimal().build(), Role.MENTOR, settings));
    }
}
