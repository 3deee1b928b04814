package com.pairwise.agenda.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ForbiddenException;
import com.pairwise.shared.domain.Identifiers;
import com.pairwise.shared.domain.NotFoundException;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.Relationship;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RelationshipStore;

/** Who may see a pair's meetings: the pair (or group) themselves, the program's coordinators, administrators. */
public final class PairAccess {
    private final RelationshipStore relationships;
    private final ProgramStore programs;

    public PairAccess(RelationshipStore relationships, ProgramStore programs) {
        this.relationships = relationships;
        this.programs = programs;
    }

    /** The relationship, if the caller may see it. */
    public Relationship visible(Caller caller, String relationshipId) {
        Relationship r = find(relationshipId);
        if (!r.involves(caller.userId()) && !oversees(caller, r.programId())) {
            throw new ForbiddenException("only the pair and the program's coordinators see this relationship's meetings");
        }
        return r;
    }

    /** The relationship, if the caller is in it: only the pair changes its meetings. */
    public Relationship participant(Caller caller, String relationshipId) {
        Relationship r = visible(caller, relationshipId);
        if (!r.involves(caller.userId())) {
            throw new ForbiddenException("only the pair itself schedules and changes its meetings");
        }
        return r;
    }

    public Relationship find(String relationshipId) {
        return lookup(relationshipId).orElseThrow(() -> new NotFoundException("no relationship " + relationshipId));
    }

    public java.util.Optional<Relationship> lookup(String relationshipId) {
        return Identifiers.isValid(relationshipId) ? relationships.get(relationshipId) : java.util.Optional.empty();
    }

    /** Administrators and the program's coordinators. */
    public boolean oversees(Caller caller, String programId) {
        return caller.isAdmin() || programs.get(programId).map(p -> p.isCoordinator(caller.userId())).orElse(false);
    }

    public Program program(String programId) {
        if (!Identifiers.isValid(programId)) {
            throw new NotFoundException("no program " + programId);
        }
        return programs.get(programId).orElseThrow(() -> new NotFoundException("no program " + programId));
    }
}
