package com.pairwise.signup.domain;

import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.events.EventRelay;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramSettings;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.store.OutboxStore;
import com.pairwise.shared.store.Page;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.shared.store.RegistrationStore.RegistrationFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A coordinator who makes a field required (or optional) after people signed up changes which registrations are
 * complete: each one whose gaps change gets its reminder asked for, re-planned or withdrawn. The program's
 * registrations are read a page at a time with the program's own key (Query, never a Scan); each page's events go
 * to the outbox in one transaction and are then published. The work grows with the program's size: one Query page,
 * one transaction and a PutEvents per changed registration for every {@value #PAGE} registrations.
 */
public final class RequirementReminders {
    static final int PAGE = 100;
    private static final RegistrationFilter EVERYONE = new RegistrationFilter(null, null, null);

    private final RegistrationStore registrations;
    private final OutboxStore outbox;
    private final RegistrationReminders reminders;
    private final EventRelay relay;

    public RequirementReminders(RegistrationStore registrations, OutboxStore outbox, RegistrationReminders reminders, EventRelay relay) {
        this.registrations = registrations;
        this.outbox = outbox;
        this.reminders = reminders;
        this.relay = relay;
    }

    /** @return how many reminders were asked for or withdrawn */
    public int programChanged(ProgramSettings before, Program after, Instant now) {
        if (before.requiredProfileFields().equals(after.settings().requiredProfileFields())) {
            return 0;
        }
        int changed = 0;
        String cursor = null;
        do {
            Page<Registration> page = registrations.list(after.id(), EVERYONE, PAGE, cursor);
            List<DomainEvent> events = new ArrayList<>();
            for (Registration r : page.items()) {
                reminders.changed(r, before, r, after.settings(), r.version(), now).ifPresent(events::add);
            }
            outbox.add(events);
            relay.publish(events);
            changed += events.size();
            cursor = page.nextCursor();
        } while (cursor != null);
        return changed;
    }
}
