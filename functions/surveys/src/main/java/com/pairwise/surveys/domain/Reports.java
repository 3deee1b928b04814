package com.pairwise.surveys.domain;

import com.pairwise.shared.domain.Caller;
import com.pairwise.shared.model.Program;
import com.pairwise.shared.model.ProgramCounts;
import com.pairwise.shared.model.Role;
import com.pairwise.shared.store.RegistrationStore;
import com.pairwise.surveys.store.SurveyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds reports from the program's counter items (program-wide and one per region), the registration counts and
 * the flagged relationships: a handful of reads whatever the number of answers.
 */
public final class Reports {
    public static final int NOT_ANSWERED_LIMIT = 100;

    private final ProgramAccess access;
    private final SurveyStore store;
    private final RegistrationStore registrations;
    private final Clock clock;

    public Reports(ProgramAccess access, SurveyStore store, RegistrationStore registrations, Clock clock) {
        this.access = access;
        this.store = store;
        this.registrations = registrations;
        this.clock = clock;
    }

    public ProgramReport report(Caller caller, String programId) {
        Program program = access.coordinated(caller, programId);
        ProgramCounts counts = registrations.counts(programId);
        SurveyStore.ReportCounters stored = store.counters(programId);
        Map<String, Map<String, Long>> counters = new LinkedHashMap<>(stored.byGroup());
        Map<String, Long> all = counters.getOrDefault(SurveyStore.ALL, Map.of());
        counters.remove(SurveyStore.ALL);
        GroupFigures overall = GroupFigures.from("all", all, Counters.RELATIONSHIPS_ACTIVE);

        TreeSet<String> regionNames = new TreeSet<>(counts.byRegion().keySet());
        boolean noRegion = counters.containsKey(null);
        counters.keySet().stream().filter(k -> k != null).forEach(regionNames::add);
        List<String> order = new ArrayList<>(regionNames);
        if (noRegion) {
            order.add(null);
        }
        List<GroupFigures> groups = new ArrayList<>();
        for (String region : order) {
            groups.add(GroupFigures.from(region == null ? "" : region, counters.getOrDefault(region, Map.of())));
        }
        List<GroupFigures> shown = KAnonymity.protect(groups);
        List<ProgramReport.RegionFigures> regions = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String region = order.get(i);
            regions.add(new ProgramReport.RegionFigures(region, region == null ? 0 : counts.byRegion().getOrDefault(region, 0), shown.get(i)));
        }

        long seekers = program.seekerRole() == Role.PEER ? counts.peers() : counts.mentees();
        long active = all.getOrDefault(Counters.RELATIONSHIPS_ACTIVE, 0L);
        long ended = all.getOrDefault(Counters.RELATIONSHIPS_ENDED, 0L);
        long held = overall.meetings().held();
        Double perRelationship = active + ended > 0 ? round((double) held / (active + ended)) : null;
        return new ProgramReport(programId, clock.instant(), counts, overall.matched(),
                seekers == 0 ? null : round(Math.min(1.0, (double) overall.matched() / seekers)),
                active, ended, held, perRelationship,
                stored.needsCheckIn(), overall, regions,
                store.openIn(programId, NOT_ANSWERED_LIMIT), Math.max(0, overall.sent() - overall.answers()));
    }

    /** A page of the program's non-anonymous answers, for the responses export. */
    public SurveyStore.ResponsePage responses(Caller caller, String programId, String afterInstanceId, int limit) {
        access.coordinated(caller, programId);
        return store.responses(programId, afterInstanceId, limit);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
