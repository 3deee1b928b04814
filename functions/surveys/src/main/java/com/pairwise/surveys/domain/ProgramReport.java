package com.pairwise.surveys.domain;

import com.pairwise.shared.model.ProgramCounts;
import java.time.Instant;
import java.util.List;

/**
 * What a coordinator sees about a program: participation, matching, relationships and survey figures, for the whole
 * program and per region (regions with too few answers are not broken out).
 *
 * @param matchRate       share of registered mentees (peers) in an active relationship, or null with none registered
 * @param meetingsHeld    meetings held by the program's relationships, ever (agenda's MeetingHeld; details in overall.meetings)
 * @param meetingsPerRelationship meetings held per relationship started (active or ended), or null with none
 * @param needsCheckIn    relationships whose participants' latest answers ask for a check-in
 * @param notAnswered     open non-anonymous surveys, newest first, at most {@link Reports#NOT_ANSWERED_LIMIT}
 * @param notAnsweredTotal all surveys sent and not answered, anonymous ones included
 */
public record ProgramReport(String programId, Instant generatedAt, ProgramCounts participants, long matched, Double matchRate,
                            long activeRelationships, long endedRelationships, long meetingsHeld, Double meetingsPerRelationship,
                            List<String> needsCheckIn, GroupFigures overall, List<RegionFigures> regions,
                            List<SurveyInstance> notAnswered, long notAnsweredTotal) {
    public ProgramReport {
        needsCheckIn = List.copyOf(needsCheckIn);
        regions = List.copyOf(regions);
        notAnswered = List.copyOf(notAnswered);
    }

    /** One region's figures; {@code region} null for people who gave none. */
    public record RegionFigures(String region, int participants, GroupFigures figures) {
    }
}
