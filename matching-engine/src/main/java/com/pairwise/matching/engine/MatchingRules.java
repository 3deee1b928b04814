package com.pairwise.matching.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A program's matching settings plus the little data that belongs with them (pairs never to repeat, reporting lines).
 *
 * @param minLevelsAbove        mentor at least this many ladder levels above the mentee (reverse: below); null = no floor
 * @param maxLevelsAbove        mentor at most this many levels above (reverse: below); null = no ceiling
 * @param peerMaxLevelGap       peer programs: at most this many levels apart; null = any
 * @param maxTimeZoneHours      largest time-of-day distance between the two zones; null = no limit
 * @param timeZoneHard          true: beyond the limit is ineligible; false: each started hour beyond costs
 *                              {@link Weights#timeZonePerHour()}
 * @param separateReportingLines true: never pair someone with their manager or manager's manager
 * @param excludedPairs         never proposed again (ended relationships, coordinator vetoes)
 * @param orgChart              extra person id → manager id, for managers who are not participants themselves
 * @param at                    the instant at which UTC offsets are compared (daylight saving), e.g. the program start
 */
public record MatchingRules(
        Format format,
        Objective objective,
        Weights weights,
        boolean requireSharedLanguage,
        Integer minLevelsAbove,
        Integer maxLevelsAbove,
        Integer peerMaxLevelGap,
        Integer maxTimeZoneHours,
        boolean timeZoneHard,
        BoundaryRule country,
        BoundaryRule department,
        BoundaryRule region,
        boolean separateReportingLines,
        Set<PairKey> excludedPairs,
        Map<String, String> orgChart,
        Instant at) {

    /** Noon UTC in mid-January: a fixed default instant so results never depend on the clock. */
    public static final Instant DEFAULT_INSTANT = Instant.parse("2025-01-15T12:00:00Z");

    public MatchingRules {
        Objects.requireNonNull(format, "format");
        objective = objective == null ? Objective.MAX_MATCHED : objective;
        weights = weights == null ? Weights.DEFAULT : weights;
        country = country == null ? BoundaryRule.IGNORE : country;
        department = department == null ? BoundaryRule.IGNORE : department;
        region = region == null ? BoundaryRule.IGNORE : region;
        excludedPairs = excludedPairs == null ? Set.of() : Set.copyOf(excludedPairs);
        orgChart = orgChart == null ? Map.of() : Map.copyOf(orgChart);
        at = at == null ? DEFAULT_INSTANT : at;
        if (minLevelsAbove != null && maxLevelsAbove != null && minLevelsAbove > maxLevelsAbove) {
            throw new IllegalArgumentException("minLevelsAbove > maxLevelsAbove");
        }
        if (maxTimeZoneHours != null && (maxTimeZoneHours < 0 || maxTimeZoneHours > 12)) {
            throw new IllegalArgumentException("maxTimeZoneHours must be between 0 and 12");
        }
        if (peerMaxLevelGap != null && peerMaxLevelGap < 0) {
            throw new IllegalArgumentException("peerMaxLevelGap must not be negative");
        }
    }

    public static Builder builder(Format format) {
        return new Builder(format);
    }

    /** True when any seniority rule applies to this format. */
    boolean hasSeniorityRule() {
        return format == Format.PEER ? peerMaxLevelGap != null : (minLevelsAbove != null || maxLevelsAbove != null);
    }

    /** Fluent construction; defaults: shared language required, reporting lines separated, nothing else. */
    public static final class Builder {
        private final Format format;
        private Objective objective = Objective.MAX_MATCHED;
        private Weights weights = Weights.DEFAULT;
        private boolean requireSharedLanguage = true;
        private Integer minLevelsAbove;
        private Integer maxLevelsAbove;
        private Integer peerMaxLevelGap;
        private Integer maxTimeZoneHours;
        private boolean timeZoneHard = true;
        private BoundaryRule country = BoundaryRule.IGNORE;
        private BoundaryRule department = BoundaryRule.IGNORE;
        private BoundaryRule region = BoundaryRule.IGNORE;
        private boolean separateReportingLines = true;
        private Set<PairKey> excludedPairs = Set.of();
        private Map<String, String> orgChart = Map.of();
        private Instant at = DEFAULT_INSTANT;

        private Builder(Format format) {
            this.format = format;
        }

        public Builder objective(Objective v) { objective = v; return this; }
        public Builder weights(Weights v) { weights = v; return this; }
        public Builder requireSharedLanguage(boolean v) { requireSharedLanguage = v; return this; }
        public Builder levelsAbove(Integer min, Integer max) { minLevelsAbove = min; maxLevelsAbove = max; return this; }
        public Builder peerMaxLevelGap(Integer v) { peerMaxLevelGap = v; return this; }
        public Builder maxTimeZoneHours(Integer hours, boolean hard) { maxTimeZoneHours = hours; timeZoneHard = hard; return this; }
        public Builder country(BoundaryRule v) { country = v; return this; }
        public Builder department(BoundaryRule v) { department = v; return this; }
        public Builder region(BoundaryRule v) { region = v; return this; }
        public Builder separateReportingLines(boolean v) { separateReportingLines = v; return this; }
        public Builder excludedPairs(Set<PairKey> v) { excludedPairs = v; return this; }
        public Builder orgChart(Map<String, String> v) { orgChart = v; return this; }
        public Builder at(Instant v) { at = v; return this; }

        public MatchingRules build() {
            return new MatchingRules(format, objective, weights, requireSharedLanguage, minLevelsAbove, maxLevelsAbove,
                    peerMaxLevelGap, maxTimeZoneHours, timeZoneHard, country, department, region,
                    separateReportingLines, excludedPairs, orgChart, at);
        }
    }
}
