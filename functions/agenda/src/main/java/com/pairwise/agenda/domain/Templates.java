package com.pairwise.agenda.domain;

import com.pairwise.agenda.template.AgendaTemplate;
import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.domain.ForbiddenException;
import java.time.Clock;
import java.util.Optional;

/** A program's agenda template: its own when a coordinator has set one, else the bundled default. */
public final class Templates {
    /** Reads and writes a program's stored template; the JSON encoding stays outside the domain. */
    public interface Storage {
        Optional<AgendaTemplate> get(String programId);

        void put(String programId, AgendaTemplate template, String updatedBy, java.time.Instant at);
    }

    private final Storage storage;
    private final PairAccess access;
    private final ContentLibrary content;
    private final Clock clock;

    public Templates(Storage storage, PairAccess access, ContentLibrary content, Clock clock) {
        this.storage = storage;
        this.access = access;
        this.content = content;
        this.clock = clock;
    }

    /** The template agendas of this program follow. */
    public AgendaTemplate forProgram(String programId) {
        return storage.get(programId).orElse(content.defaultTemplate());
    }

    public AgendaTemplate read(Caller caller, String programId) {
        access.program(programId);
        requireOverseer(caller, programId);
        return forProgram(programId);
    }

    /** @param template already validated (TemplateRules) */
    public AgendaTemplate replace(Caller caller, String programId, AgendaTemplate template) {
        access.program(programId);
        requireOverseer(caller, programId);
        storage.put(programId, template, caller.userId(), clock.instant());
        return template;
    }

    private void requireOverseer(Caller caller, String programId) {
        if (!access.oversees(caller, programId)) {
            throw new ForbiddenException("only the program's coordinators and administrators manage its agenda template");
        }
    }
}
