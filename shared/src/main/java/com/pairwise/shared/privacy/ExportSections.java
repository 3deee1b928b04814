package com.pairwise.shared.privacy;

import com.pairwise.shared.store.PairwiseTable;
import java.time.Clock;
import java.util.List;

/** Every area's export section, in the order the export document lists them. */
public final class ExportSections {
    private ExportSections() {
    }

    public static List<ExportSection> all(PairwiseTable table, Clock clock) {
        return List.of(new RelationshipsSection(table, clock), new MeetingsSection(table), new RemindersSection(table),
                new SurveysSection(table));
    }
}
