package com.pairwise.signup.domain;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.ReminderRequests;
import com.pairwise.shared.model.ProfileField;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "finish your registration" reminder, asked of the reminders function ({@code ReminderRequested}, kind
 * {@code registration_incomplete}, subject the program id: one per person and program) when a registration becomes
 * incomplete or what it lacks changes, due {@link #DUE_AFTER} after that change; withdrawn ({@code ReminderWithdrawn})
 * when it becomes complete or is withdrawn. Nothing is asked while nothing changes, so an edit that leaves the same
 * gaps does not postpone the reminder.
 *
 * <p>Revision: the change's time in milliseconds times 1000 plus the registration's version (mod 1000), so each write
 * of one registration outranks the one before, and a new registration after a withdrawal outranks its tombstone.
 */
public final class RegistrationReminders {
    public static final Duration DUE_AFTER = Duration.ofDays(2);
    public static final String SOURCE = MentorCapacityEvents.SOURCE;

    private final ReminderRequests requests;

    public RegistrationReminders(ReminderRequests requests) {
        this.requests = requests;
    }

    /** A new registration: a request when it is incomplete already. */
    public Optional<DomainEvent> registered(Registration r, ProgramSettings settings, Instant now) {
        Set<ProfileField> missing = RegistrationGaps.missing(r.profile(), r.role(), settings);
        return missing.isEmpty() ? Optional.empty() : Optional.of(request(r, missing, now, r.version()));
    }

    /**
     * The registration {@code before} under {@code settingsBefore} became {@code after} under {@code settingsAfter}
     * (an edit of the profile, or of the program's required fields), written with version {@code version}.
     */
    public Optional<DomainEvent> changed(Registration before, ProgramSettings settingsBefore, Registration after,
                                         ProgramSettings settingsAfter, long version, Instant now) {
        Set<ProfileField> was = RegistrationGaps.missing(before.profile(), before.role(), settingsBefore);
        Set<ProfileField> is = RegistrationGaps.missing(after.profile(), after.role(), settingsAfter);
        if (was.equals(is)) {
            return Optional.empty();
        }
        if (is.isEmpty()) {
            return Optional.of(requests.withdrawn(after.userId(), ReminderRequests.REGISTRATION_INCOMPLETE, after.programId(),
                    revision(now, version), now));
        }
        return Optional.of(request(after, is, now, version));
    }

    /** Withdrawing the registration takes back a reminder it may have (nothing to take back when it was complete). */
    public Optional<DomainEvent> withdrawn(Registration r, ProgramSettings settings, Instant now) {
        if (RegistrationGaps.missing(r.profile(), r.role(), settings).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(requests.withdrawn(r.userId(), ReminderRequests.REGISTRATION_INCOMPLETE, r.programId(),
                revision(now, r.version() + 1), now));
    }

    private DomainEvent request(Registration r, Set<ProfileField> missing, Instant now, long version) {
        Map<String, String> facts = Map.of(
                "missingFields", missing.stream().map(ProfileField::wire).collect(Collectors.joining(",")),
                "path", "/programs/" + r.programId() + "/registrations/me");
        return requests.requested(r.userId(), ReminderRequests.REGISTRATION_INCOMPLETE, r.programId(), r.programId(),
                now.plus(DUE_AFTER), revision(now, version), facts, now);
    }

    static long revision(Instant at, long version) {
        return at.toEpochMilli() * 1000 + Math.floorMod(version, 1000);
    }
}
