package com.pairwise.signup.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pairwise.shared.domain.IdGenerator;
import com.pairwise.shared.events.DomainEvent;
import com.pairwise.shared.http.JsonTree;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.model.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code MentorCapacityChanged} (source {@code pairwise.signup}): a mentor takes more (or fewer) mentees at once. The
 * matching function offers a place that opened to someone waiting. Capacities compare as matching reads them: the
 * mentor's own figure, else the program's default.
 */
public final class MentorCapacityEvents {
    public static final String SOURCE = "pairwise.signup";
    public static final String CHANGED = "MentorCapacityChanged";

    private final IdGenerator ids;

    public MentorCapacityEvents(IdGenerator ids) {
        this.ids = ids;
    }

    /** The event for an edit of a mentor's registration, if the edit changed the capacity. */
    public Optional<DomainEvent> changed(Registration before, Registration after, Program program, Instant now) {
        if (after.role() != Role.MENTOR) {
            return Optional.empty();
        }
        int previous = capacity(before, program);
        int capacity = capacity(after, program);
        if (previous == capacity) {
            return Optional.empty();
        }
        ObjectNode d = JsonTree.object();
        d.put("programId", after.programId());
        d.put("mentorId", after.userId());
        d.put("capacity", capacity);
        d.put("previousCapacity", previous);
        return Optional.of(new DomainEvent(ids.next("evt"), SOURCE, CHANGED, JsonTree.write(d), now));
    }

    private static int capacity(Registration r, Program program) {
        Integer own = r.profile().capacity();
        return own != null && own > 0 ? own : program.settings().defaultMentorCapacity();
    }
}
