package com.pairwise.signup.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.events.PersonErased;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RelationshipStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code DELETE /me}: erases what signup keeps of the person and announces {@code PersonErased} so every other function
 * erases or pseudonymises its own items. The event goes to the outbox in the transaction of the first write of the
 * erasure (the first withdrawal; on its own when there is none), so once anything is erased the rest of the platform
 * is sure to hear of it, even if this request dies halfway; a retried {@code DELETE /me} finishes signup's part and
 * announces again (subscribers are idempotent).
 */
public final class PersonErasure {
    private static final int EDIT_ATTEMPTS = 5;

    private final ProgramStore programs;
    private final RegistrationStore registrations;
    private final RelationshipStore relationships;
    private final OutboxStore outbox;
    private final EventRelay relay;
    private final IdGenerator ids;
    private final Clock clock;

    public PersonErasure(ProgramStore programs, RegistrationStore registrations, RelationshipStore relationships, OutboxStore outbox,
                         EventRelay relay, IdGenerator ids, Clock clock) {
        this.programs = programs;
        this.registrations = registrations;
        this.relationships = relationships;
        this.outbox = outbox;
        this.relay = relay;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Every registration is withdrawn (its place passes to the waitlist), the person's id is removed from every program
     * they coordinate, and PersonErased is announced. Afterwards no signup route returns anything of theirs.
     */
    public Erasure erase(Caller caller) {
        Instant now = clock.instant();
        String person = caller.userId();
        List<Registration> mine = registrations.byUser(person);
        PersonErased erased = new PersonErased(ids.next("era"), person, ids.next("erased"), now,
                mine.stream().map(Registration::programId).distinct().toList(),
                relationships.byUser(person).stream()
                        .map(r -> new PersonErased.ErasedRelationship(r.id(), r.programId())).toList());
        DomainEvent event = erased.toEvent(ids.next("evt"));
        boolean announced = false;
        for (Registration registration : mine) {
            Optional<Program> program = programs.get(registration.programId());
            // Re-read so the delete's version check sees the latest edit.
            Optional<Registration> current = registrations.get(registration.programId(), registration.userId());
            if (current.isPresent()) {
                registrations.withdraw(current.get(), program.orElseThrow(), now, announced ? List.of() : List.of(event));
                announced = true;
            }
        }
        if (!announced) {
            outbox.add(event);
        }
        List<String> coordinated = programs.coordinatedBy(person);
        for (String programId : coordinated) {
            removeCoordinator(programId, person, now);
        }
        relay.publish(event);
        return new Erasure(erased.erasureId(), mine.size(), coordinated.size());
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
            ProgramSettings changed = s.withCoordinators(remaining);
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

    /** What an erasure removed here; {@code erasureId} names it in every function's logs. */
    public record Erasure(String erasureId, int registrationsRemoved, int coordinatorRolesRemoved) {
    }
}
