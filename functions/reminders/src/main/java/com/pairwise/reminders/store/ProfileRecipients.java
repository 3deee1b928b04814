package com.pairwise.reminders.store;

import com.pairwise.reminders.domain.Language;
import com.pairwise.reminders.domain.Recipient;
import com.pairwise.reminders.domain.Recipients;
import com.pairwise.shared.model.Profile;
import com.pairwise.shared.store.RegistrationStore;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Recipients as their registration's profile in the program describes them (one GetItem each). */
public final class ProfileRecipients implements Recipients {
    private final RegistrationStore registrations;

    public ProfileRecipients(RegistrationStore registrations) {
        this.registrations = registrations;
    }

    @Override
    public Optional<Recipient> find(String programId, String userId) {
        return registrations.get(programId, userId).map(r -> {
            Profile p = r.profile();
            return new Recipient(userId, p.displayName(), p.email(), Language.firstSupported(p.languages()), zone(p.timeZone()));
        });
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
