package com.pairwise.signup.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ConflictException;
import com.pairwise.shared.domain.FieldError;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.domain.ValidationException;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramCounts;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.RegistrationStatus;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RegistrationStore.RegistrationFilter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Signing up, editing and withdrawing; coordinators' views of a program's registrations. */
public final class Registrations {
    private final Programs programs;
    private final RegistrationStore store;
    private final MentorCapacityEvents capacityEvents;
    private final RegistrationReminders reminders;
    private final EventRelay relay;
    private final Clock clock;

    public Registrations(Programs programs, RegistrationStore store, MentorCapacityEvents capacityEvents,
                         RegistrationReminders reminders, EventRelay relay, Clock clock) {
        this.programs = programs;
        this.store = store;
        this.capacityEvents = capacityEvents;
        this.reminders = reminders;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Registers the caller; beyond the mentee cap the registration is waitlisted, never refused. A registration that
     * lacks what the program or matching needs asks for a "finish your registration" reminder in the same transaction.
     */
    public Registration register(Caller caller, String programId, SignUp signUp) {
        Program program = programs.visible(caller, programId);
        List<FieldError> errors = new ArrayList<>(signUp.formErrors());
        if (signUp.role() != null && !program.allowedRoles().contains(signUp.role())) {
            errors.add(new FieldError("role", "must be one of " + program.allowedRoles().stream().map(Role::wire).sorted()
                    .collect(Collectors.joining(", ")) + " in a " + program.settings().format().wire() + " program"));
        }
        Profile profile = withDefaultCapacity(normalized(signUp.profile(), caller, program), signUp.role(), program);
        throwIfInvalid(errors, signUp.formErrors(), ProfileRules.errors(profile, signUp.role(), program));
        Instant now = clock.instant();
        RegistrationGate.check(program, signUp.role(), now);
        if (store.get(programId, caller.userId()).isPresent()) {
            throw new ConflictException("already-registered", "you are already registered for this program");
        }
        Registration registration = new Registration(programId, caller.userId(), signUp.role(), RegistrationStatus.REGISTERED,
                profile, now, now, 1);
        List<DomainEvent> events = reminders.registered(registration, program.settings(), now).stream().toList();
        Registration stored = store.register(registration, program, events);
        relay.publish(events);
        return stored;
    }

    public Registration mine(Caller caller, String programId) {
        programs.visible(caller, programId);
        return store.get(programId, caller.userId())
                .orElseThrow(() -> new NotFoundException("you are not registered for program " + programId));
    }

    /**
     * Edits the caller's own profile; the role stays as signed up (withdraw and sign up again to change it). A mentor's
     * changed capacity is announced with the edit (outbox, same transaction) so matching can offer a freed place, and
     * so is a change of what the registration lacks (its reminder is asked for, re-planned or withdrawn).
     */
    public Registration updateMine(Caller caller, String programId, Function<Profile, ProfileEdit> edit) {
        Program program = programs.visible(caller, programId);
        Registration current = mine(caller, programId);
        ProfileEdit edited = edit.apply(current.profile());
        Profile profile = normalized(edited.profile(), caller, program);
        throwIfInvalid(new ArrayList<>(edited.formErrors()), edited.formErrors(), ProfileRules.errors(profile, current.role(), program));
        Instant now = clock.instant();
        Registration changed = new Registration(programId, caller.userId(), current.role(), current.status(), profile,
                current.registeredAt(), now, current.version());
        List<DomainEvent> events = new ArrayList<>();
        capacityEvents.changed(current, changed, program, now).ifPresent(events::add);
        reminders.changed(current, program.settings(), changed, program.settings(), current.version() + 1, now).ifPresent(events::add);
        Registration stored = store.update(current, changed, events);
        relay.publish(events);
        return stored;
    }

    public void withdrawMine(Caller caller, String programId) {
        Program program = programs.visible(caller, programId);
        Registration current = mine(caller, programId);
        Instant now = clock.instant();
        List<DomainEvent> events = reminders.withdrawn(current, program.settings(), now).stream().toList();
        store.withdraw(current, program, now, events);
        relay.publish(events);
    }

    /** One registration: its owner, or the program's coordinators and administrators; nobody else. */
    public Registration get(Caller caller, String programId, String userId) {
        if (caller.userId().equals(userId)) {
            return mine(caller, programId);
        }
        Program program = programs.visible(caller, programId);
        if (!Programs.manages(caller, program)) {
            throw new ForbiddenException("you may only read your own registration");
        }
        if (!Identifiers.isValid(userId)) {
            throw new NotFoundException("no such registration");
        }
        return store.get(programId, userId).orElseThrow(() -> new NotFoundException("no registration of " + userId + " in " + programId));
    }

    public Page<Registration> list(Caller caller, String programId, RegistrationFilter filter, int limit, String cursor) {
        programs.managed(caller, programId);
        return store.list(programId, filter, limit, cursor);
    }

    public ProgramCounts counts(Caller caller, String programId) {
        programs.managed(caller, programId);
        return store.counts(programId);
    }

    private static Profile normalized(Profile submitted, Caller caller, Program program) {
        return ProfileRules.onProgramLadder(ProfileRules.normalize(submitted, caller.email()), program);
    }

    /**
     * One 400 naming every bad field: {@code errors} found so far (the form's among them) plus the program's rules,
     * except where a field the form already refused is null now and the rules would only repeat it as missing.
     */
    private static void throwIfInvalid(List<FieldError> errors, List<FieldError> formErrors, List<FieldError> ruleErrors) {
        Set<String> refused = new HashSet<>();
        formErrors.forEach(e -> refused.add(e.field()));
        ruleErrors.stream().filter(e -> !refused.contains(e.field())).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Profile withDefaultCapacity(Profile p, Role role, Program program) {
        if (role != Role.MENTOR || p.capacity() != null) {
            return p;
        }
        return new Profile(p.displayName(), p.email(), p.languages(), p.timeZone(), p.country(), p.region(), p.department(),
                p.seniority(), p.skillsOffered(), p.skillsToDevelop(), p.goals(), p.interests(), program.settings().defaultMentorCapacity());
    }
}
