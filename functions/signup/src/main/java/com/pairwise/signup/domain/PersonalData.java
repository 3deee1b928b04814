package com.pairwise.signup.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A person's own view of what Pairwise holds about them, its export, and its erasure. */
public final class PersonalData {
    private static final int EDIT_ATTEMPTS = 5;

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

    /**
     * Erases the person: every registration is withdrawn (its place passes to the waitlist) and their id is removed
     * from every program they coordinate. Afterwards no route returns anything of theirs.
     */
    public Erasure erase(Caller caller) {
        Instant now = clock.instant();
        List<Registration> mine = registrations.byUser(caller.userId());
        for (Registration registration : mine) {
            Optional<Program> program = programs.get(registration.programId());
            // Re-read so the delete's version check sees the latest edit.
            registrations.get(registration.programId(), registration.userId())
                    .ifPresent(current -> registrations.withdraw(current, program.orElseThrow(), now));
        }
        List<String> coordinated = programs.coordinatedBy(caller.userId());
        for (String programId : coordinated) {
            removeCoordinator(programId, caller.userId(), now);
        }
        return new Erasure(mine.size(), coordinated.size());
    }

    private void removeCoordinator(String programId, String userId, Instant now) {
        for (int attempt = 1; ; attempt++) {
            Optional<Program> found = programs.get(programId);
            if (found.isEmpty()) {
                return;
            }
            Program current = found.get();
            ProgramSettings s = current.settings();
            List<String> remaining = s.coordinators().stream().filter(c -> !c.equals(userId)).collect(Collectors.toList());
            ProgramSettings changed = new ProgramSettings(s.name(), s.description(), s.kind(), s.startDate(), s.endDate(), s.format(),
                    s.status(), s.mentorRegistration(), s.menteeRegistration(), s.menteeCap(), s.defaultMentorCapacity(),
                    s.requiredProfileFields(), s.languages(), s.seniorityLevels(), remaining, s.matching(), s.reminders());
            try {
                programs.update(current, new Program(current.id(), changed, current.createdAt(), now, current.version()));
                return;
            } catch (ConflictException concurrentEdit) {
                if (attempt == EDIT_ATTEMPTS) {
                    throw concurrentEdit;
                }
            }
        }
    }

    /** The export document: all personal data held, in one piece. */
    public record Export(String userId, String email, List<String> groups, List<Registration> registrations,
                         List<String> coordinatedPrograms, Instant exportedAt) {
    }

    /** What an erasure removed. */
    public record Erasure(int registrationsRemoved, int coordinatorRolesRemoved) {
    }
}
