package com.pairwise.signup.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A person's own view of what Pairwise holds about them and its export; {@link PersonErasure} erases it. */
public final class PersonalData {
    private final ProgramStore programs;
    private final RegistrationStore registrations;
    private final Clock clock;

    public PersonalData(ProgramStore programs, RegistrationStore registrations, Clock clock) {
        this.programs = programs;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Everything stored under the person's id: their registrations (full profiles) and the programs they coordinate. */
    public Export export(Caller caller) {
        return new Export(caller.userId(), caller.email(), List.copyOf(caller.groups()),
                registrations.byUser(caller.userId()), programs.coordinatedBy(caller.userId()), clock.instant());
    }

    /** The export document: all personal data held, in one piece. */
    public record Export(String userId, String email, List<String> groups, List<Registration> registrations,
                         List<String> coordinatedPrograms, Instant exportedAt) {
    }
}
