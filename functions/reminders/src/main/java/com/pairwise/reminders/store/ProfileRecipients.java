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
        return registrations.get(programId, userId).map(r -> recipient(userId, r.profile()));
    }

    /** Coordinators have no profile of their own: the one they gave when signing up anywhere (GSI1), if any. */
    @Override
    public Optional<Recipient> coordinator(String programId, String userId) {
        Optional<Recipient> here = find(programId, userId);
        if (here.isPresent()) {
            return here;
        }
        return Optional.of(registrations.byUser(userId).stream().findFirst().map(r -> recipient(userId, r.profile()))
                .orElse(new Recipient(userId, "", null, Language.EN, ZoneOffset.UTC)));
    }

    private static Recipient recipient(String userId, Profile p) {
        return new Recipient(userId, p.displayName(), p.email(), Language.firstSupported(p.languages()), zone(p.timeZone()));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
