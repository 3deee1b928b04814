package com.pairwise.agenda.domain;

import com.pairwise.shared.model.Profile;
import com.pairwise.shared.model.ProgramFormat;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.RegistrationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The people of a relationship with what their profiles say (names, languages, time zones, skills to develop). */
public final class Participants {
    private final RegistrationStore registrations;

    public Participants(RegistrationStore registrations) {
        this.registrations = registrations;
    }

    /** Mentor (or first peer) first, then the mentees; someone whose registration is gone appears without a profile. */
    public List<Participant> of(Relationship r) {
        List<Participant> out = new ArrayList<>();
        boolean peers = r.format() == ProgramFormat.PEER;
        for (String userId : r.participants()) {
            Role role = peers ? Role.PEER : userId.equals(r.mentorId()) ? Role.MENTOR : Role.MENTEE;
            Optional<Profile> profile = registrations.get(r.programId(), userId).map(Registration::profile);
            out.add(profile.map(p -> new Participant(userId, role, p.displayName(), p.email(), p.languages(), p.timeZone(), p.skillsToDevelop()))
                    .orElseGet(() -> new Participant(userId, role, null, null, List.of(), null, List.of())));
        }
        return out;
    }
}
