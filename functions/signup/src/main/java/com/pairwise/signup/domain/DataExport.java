package com.pairwise.signup.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.model.Registration;
import com.pairwise.shared.privacy.ExportSection;
import com.pairwise.shared.store.ProgramStore;
import com.pairwise.shared.store.RegistrationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's export of everything Pairwise holds about them: signup's own data (identity, registrations with full
 * profiles, programs coordinated) and each other function's section, read from the person's id alone. Per-person data
 * is small, so it is one synchronous read.
 */
public final class DataExport {
    private final ProgramStore programs;
    private final RegistrationStore registrations;
    private final List<ExportSection> sections;
    private final Clock clock;

    public DataExport(ProgramStore programs, RegistrationStore registrations, List<ExportSection> sections, Clock clock) {
        this.programs = programs;
        this.registrations = registrations;
        this.sections = List.copyOf(sections);
        this.clock = clock;
    }

    public Document export(Caller caller) {
        Instant at = clock.instant();
        Map<String, Map<String, Object>> areas = new LinkedHashMap<>();
        for (ExportSection section : sections) {
            areas.put(section.name(), section.read(caller.userId()));
        }
        return new Document(caller.userId(), caller.email(), List.copyOf(caller.groups()), registrations.byUser(caller.userId()),
                programs.coordinatedBy(caller.userId()), areas, at);
    }

    /**
     * The export document.
     *
     * @param areas each other function's section by its name, JSON-ready (see {@link ExportSection#read})
     */
    public record Document(String userId, String email, List<String> groups, List<Registration> registrations,
                           List<String> coordinatedPrograms, Map<String, Map<String, Object>> areas, Instant exportedAt) {
    }
}
